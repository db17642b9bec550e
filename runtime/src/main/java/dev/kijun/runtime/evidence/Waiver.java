package dev.kijun.runtime.evidence;

import dev.kijun.runtime.ClauseRef;
import java.time.LocalDate;

/**
 * A recorded waiver: the requirement and the waiver it declares (e.g. {@code tls12Fallback} of 6.11.C.11),
 * the subject it covers (e.g. an endpoint id), why, who approved it, and when it expires. A waiver counts only
 * on or before its expiry date.
 */
public record Waiver(ClauseRef requirement, String waiver, String subject, String justification, String approvedBy,
    LocalDate expires) {
  public Waiver {
    java.util.Objects.requireNonNull(requirement, "requirement is null");
    java.util.Objects.requireNonNull(waiver, "waiver is null");
    java.util.Objects.requireNonNull(subject, "subject is null");
    java.util.Objects.requireNonNull(justification, "justification is null");
    java.util.Objects.requireNonNull(approvedBy, "approvedBy is null");
    java.util.Objects.requireNonNull(expires, "expires is null");
  }

  /** True when the waiver still counts on {@code asOf}. */
  public boolean activeOn(LocalDate asOf) {
    return !asOf.isAfter(expires);
  }
}
