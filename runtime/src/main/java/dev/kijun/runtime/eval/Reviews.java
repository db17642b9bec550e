package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Review;
import java.util.List;

/**
 * Turns a manual-review check into a finding: the recorded result if there is one, else NEEDS_REVIEW. A review dated
 * after the assessment date cannot have happened by then: EVIDENCE_MISSING, naming the date.
 */
public final class Reviews {
  private Reviews() {}

  /** The evidence path of the review of {@code clause}. */
  public static String path(ClauseRef clause) {
    return "reviews[\"" + clause + "\"]";
  }

  /** Evaluates the review check of {@code clause}. */
  public static Finding evaluate(ClauseRef clause, CheckInfo check, Assessment<?> assessment) {
    return evaluate(clause, check, assessment.reviews().get(clause), assessment);
  }

  /**
   * Evaluates {@code r}, the review recorded for {@code clause} (null when there is none: the finding then depends on
   * the clause and the check alone).
   */
  static Finding evaluate(ClauseRef clause, CheckInfo check, Review r, Assessment<?> assessment) {
    if (r == null) {
      return new Finding(clause, CheckKind.REVIEW, Outcome.NEEDS_REVIEW,
          "manual review: " + check.explanation(), List.of());
    }
    String path = path(clause);
    if (r.reviewedOn().isAfter(assessment.asOf())) {
      Observation late = new Observation(Kind.IMPLAUSIBLE, path + ".reviewedOn", "", "", r.reviewedOn().toString(),
          "on or before " + assessment.asOf());
      return new Finding(clause, CheckKind.REVIEW, Outcome.EVIDENCE_MISSING, "reviewed by " + r.reviewer()
          + " on " + r.reviewedOn() + ", after the assessment date " + assessment.asOf()
          + "; a review dated later cannot count on that date", List.of(late.path()), List.of(late), 0);
    }
    Outcome outcome = r.satisfied() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
    String note = r.note().isEmpty() ? "" : ": " + r.note();
    String reason = "reviewed by " + r.reviewer() + " on " + IsoDate.format(r.reviewedOn())
        + (r.satisfied() ? " (satisfied)" : " (not satisfied)") + note;
    if (r.satisfied()) {
      return new Finding(clause, CheckKind.REVIEW, outcome, reason, List.of(path));
    }
    Observation failed = new Observation(Kind.FAILED, path + ".satisfied", "", "", "false", "true");
    return new Finding(clause, CheckKind.REVIEW, outcome, reason, List.of(path), List.of(failed), 0);
  }
}
