package dev.kijun.runtime;

/**
 * The verdict a validator gives for one requirement. Verdicts describe what the evidence shows for one
 * clause; they are never a claim of compliance with a guideline as a whole.
 */
public enum Outcome {
  /** The evidence shows the requirement's checks hold. */
  SATISFIED,
  /** At least one check fails on the evidence. */
  NOT_SATISFIED,
  /**
   * The requirement does not apply to this facility or its evidence (audience, applicability condition), or not on
   * the assessment date (not yet in force, or superseded).
   */
  NOT_APPLICABLE,
  /** A person must review; no recorded review result was found. */
  NEEDS_REVIEW,
  /** The checks need evidence that the file does not hold. */
  EVIDENCE_MISSING,
  /** The checks hold only because of a recorded, unexpired waiver. */
  WAIVED,
  /**
   * The requirement is in force and its checks are not met, but a transitional relief the requirement declares holds
   * on the evidence (e.g. until the system's next renewal): like a waiver, an exemption that leaves the failing
   * checks in view, granted by the guideline itself rather than recorded per subject. Never counted as satisfied.
   */
  RELIEVED;

  /** How strongly this outcome dominates when several checks of one requirement are combined; higher wins. */
  public int severity() {
    switch (this) {
      case NOT_SATISFIED: return 6;
      case EVIDENCE_MISSING: return 5;
      case NEEDS_REVIEW: return 4;
      case RELIEVED: return 3;
      case WAIVED: return 2;
      case SATISFIED: return 1;
      default: return 0;
    }
  }

  /** The lowercase, hyphenated spelling used in JSON reports and evidence files, e.g. {@code not-satisfied}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
