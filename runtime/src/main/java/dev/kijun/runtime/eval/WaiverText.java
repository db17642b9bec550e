package dev.kijun.runtime.eval;

import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of waivers for findings. Justifications are the facility's own words and are quoted. */
final class WaiverText {
  private WaiverText() {}

  static String describe(List<Waiver> waivers) {
    List<String> parts = new ArrayList<>();
    for (Waiver w : waivers) {
      parts.add("waiver `" + w.waiver() + "` for `" + w.subject() + "` (approved by " + w.approvedBy()
          + ", expires " + w.expires() + ", \"" + w.justification() + "\")");
    }
    return String.join(" and ", parts);
  }

  /** Why each matching waiver did not count on {@code asOf}: expired, or approved only after that date. */
  static String describeUnusable(List<Waiver> waivers, LocalDate asOf) {
    List<String> parts = new ArrayList<>();
    for (Waiver w : waivers) {
      String why = w.approvedAfter(asOf)
          ? "was approved on " + w.approvedOn() + ", after the assessment date " + asOf + ", so it does not count"
          : "expired on " + w.expires();
      parts.add("waiver `" + w.waiver() + "` for `" + w.subject() + "` " + why);
    }
    return String.join("; ", parts);
  }
}
