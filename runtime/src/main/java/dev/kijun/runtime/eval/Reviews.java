package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Review;
import java.util.List;
import java.util.Optional;

/** Turns a manual-review check into a finding: the recorded result if there is one, else NEEDS_REVIEW. */
public final class Reviews {
  private Reviews() {}

  /** The evidence path of the review of {@code clause}. */
  public static String path(ClauseRef clause) {
    return "reviews[\"" + clause + "\"]";
  }

  /** Evaluates the review check of {@code clause}. */
  public static Finding evaluate(ClauseRef clause, CheckInfo check, Assessment<?> assessment) {
    Optional<Review> recorded = assessment.review(clause);
    if (recorded.isEmpty()) {
      return new Finding(clause, CheckKind.REVIEW, Outcome.NEEDS_REVIEW,
          "manual review: " + check.explanation(), List.of());
    }
    Review r = recorded.get();
    Outcome outcome = r.satisfied() ? Outcome.SATISFIED : Outcome.NOT_SATISFIED;
    String note = r.note().isEmpty() ? "" : ": " + r.note();
    return new Finding(clause, CheckKind.REVIEW, outcome,
        "reviewed by " + r.reviewer() + " on " + r.reviewedOn() + (r.satisfied() ? " (satisfied)" : " (not satisfied)") + note,
        List.of(path(clause)));
  }
}
