package dev.kijun.runtime.eval;

import dev.kijun.runtime.evidence.Waiver;
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

  static String describeExpired(List<Waiver> waivers) {
    List<String> parts = new ArrayList<>();
    for (Waiver w : waivers) {
      parts.add("waiver `" + w.waiver() + "` for `" + w.subject() + "` expired on " + w.expires());
    }
    return String.join("; ", parts);
  }
}
