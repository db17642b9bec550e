package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.Assessment;
import java.util.List;
import java.util.Optional;

/** Turns a recorded answer to a question check into a finding, in the checklist's answer format. */
public final class Questions {
  private Questions() {}

  /** The evidence path of the answer to {@code clause}. */
  public static String path(ClauseRef clause) {
    return "answers[\"" + clause + "\"]";
  }

  /** Evaluates the answer recorded for {@code clause}. */
  public static Finding evaluate(ClauseRef clause, Assessment<?> assessment) {
    Optional<Answer> recorded = assessment.answer(clause);
    String path = path(clause);
    if (recorded.isEmpty()) {
      return new Finding(clause, CheckKind.QUESTION, Outcome.EVIDENCE_MISSING, "no answer recorded", List.of(path));
    }
    Answer a = recorded.get();
    String doc = a.document().map(d -> " (document: " + d + ")").orElse("");
    switch (a.answer()) {
      case YES:
        return new Finding(clause, CheckKind.QUESTION, Outcome.SATISFIED,
            "answered yes on " + a.checkedOn() + doc, List.of(path));
      case NOT_APPLICABLE:
        return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_APPLICABLE,
            "answered not applicable on " + a.checkedOn() + doc, List.of(path));
      case NO:
      default:
        if (a.targetDate().isEmpty()) {
          return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_SATISFIED,
              "answered no on " + a.checkedOn() + " with no target date", List.of(path));
        }
        String overdue = a.targetDate().get().isBefore(assessment.asOf()) ? ", which has passed" : "";
        return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_SATISFIED,
            "answered no on " + a.checkedOn() + "; target date " + a.targetDate().get() + overdue, List.of(path));
    }
  }
}
