package dev.kijun.runtime.evidence;

import dev.kijun.runtime.ClauseRef;
import java.time.LocalDate;

/**
 * A recorded waiver: the requirement and the waiver it declares (e.g. {@code tls12Fallback} of 6.11.C.11),
 * the subject it covers (e.g. an endpoint id), why, who approved it, when (optional) and when it expires. A waiver
 * counts only on or before its expiry date, and never when its approval is dated after the assessment date: an
 * approval the facility did not yet have cannot excuse a failure on that date.
 */
public record Waiver(ClauseRef requirement, String waiver, String subject, String justification, String approvedBy,
    LocalDate expires, LocalDate approvedOn) {
  public Waiver {
    java.util.Objects.requireNonNull(requirement, "requirement is null");
    java.util.Objects.requireNonNull(waiver, "waiver is null");
    java.util.Objects.requireNonNull(subject, "subject is null");
    java.util.Objects.requireNonNull(justification, "justification is null");
    java.util.Objects.requireNonNull(approvedBy, "approvedBy is null");
    java.util.Objects.requireNonNull(expires, "expires is null");
  }

  /** A waiver whose approval date is not recorded. */
  public Waiver(ClauseRef requirement, String waiver, String subject, String justification, String approvedBy,
      LocalDate expires) {
    this(requirement, waiver, subject, justification, approvedBy, expires, null);
  }

  /** True when the waiver counts on {@code asOf}: approved by then (when the date is known) and not expired. */
  public boolean activeOn(LocalDate asOf) {
    return !asOf.isAfter(expires) && !approvedAfter(asOf);
  }

  /** True when the approval is dated after {@code asOf}. */
  public boolean approvedAfter(LocalDate asOf) {
    return approvedOn != null && approvedOn.isAfter(asOf);
  }
}
