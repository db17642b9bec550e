package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.Assessment;
import java.util.List;

/**
 * Turns a recorded answer to a question check into a finding, in the checklist's answer format. An answer checked
 * after the assessment date is not evidence of anything on that date: EVIDENCE_MISSING, naming the date.
 */
public final class Questions {
  private Questions() {}

  /** The evidence path of the answer to {@code clause}. */
  public static String path(ClauseRef clause) {
    return "answers[\"" + clause + "\"]";
  }

  /** Evaluates the answer recorded for {@code clause}. */
  public static Finding evaluate(ClauseRef clause, Assessment<?> assessment) {
    return evaluate(clause, path(clause), assessment.answers().get(clause), assessment);
  }

  /**
   * Evaluates {@code a}, the answer recorded for {@code clause} (null when there is none: the finding then depends on
   * the clause alone), whose evidence path is {@code path}.
   */
  static Finding evaluate(ClauseRef clause, String path, Answer a, Assessment<?> assessment) {
    if (a == null) {
      Observation missing = new Observation(Kind.MISSING, path, "", "", "", "an answer");
      return new Finding(clause, CheckKind.QUESTION, Outcome.EVIDENCE_MISSING, "no answer recorded", List.of(path),
          List.of(missing), 0);
    }
    if (a.checkedOn().isAfter(assessment.asOf())) {
      Observation late = new Observation(Kind.IMPLAUSIBLE, path + ".checkedOn", "", "", a.checkedOn().toString(),
          "on or before " + assessment.asOf());
      return new Finding(clause, CheckKind.QUESTION, Outcome.EVIDENCE_MISSING, "answered " + a.answer().jsonName()
          + " but checked on " + a.checkedOn() + ", after the assessment date " + assessment.asOf()
          + "; an answer checked later cannot count on that date", List.of(late.path()), List.of(late), 0);
    }
    String doc = a.document().map(d -> " (document: " + d + ")").orElse("");
    switch (a.answer()) {
      case YES:
        return new Finding(clause, CheckKind.QUESTION, Outcome.SATISFIED,
            "answered yes on " + IsoDate.format(a.checkedOn()) + doc, List.of(path));
      case NOT_APPLICABLE:
        return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_APPLICABLE,
            "answered not applicable on " + IsoDate.format(a.checkedOn()) + doc, List.of(path));
      case NO:
      default:
        Observation no = new Observation(Kind.FAILED, path + ".answer", "", "", "no", "yes");
        if (a.targetDate().isEmpty()) {
          return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_SATISFIED,
              "answered no on " + IsoDate.format(a.checkedOn()) + " with no target date", List.of(path),
              List.of(no), 0);
        }
        String overdue = a.targetDate().get().isBefore(assessment.asOf()) ? ", which has passed" : "";
        return new Finding(clause, CheckKind.QUESTION, Outcome.NOT_SATISFIED,
            "answered no on " + IsoDate.format(a.checkedOn()) + "; target date "
                + IsoDate.format(a.targetDate().get()) + overdue, List.of(path), List.of(no), 0);
    }
  }
}
