package dev.kijun.compiler.interp;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import java.util.List;

/** Questions and reviews, decided from the envelope as docs/evidence.md describes them. */
final class Protocol {
  private Protocol() {}

  static Finding question(ClauseRef id, Envelope env) {
    String path = "answers[\"" + id + "\"]";
    Envelope.AnswerEntry a = env.answers().get(id);
    if (a == null) {
      return new Finding(id, CheckKind.QUESTION, Outcome.EVIDENCE_MISSING, "no answer recorded", List.of(path),
          List.of(new Observation(Kind.MISSING, path, "", "", "", "an answer")), 0);
    }
    if (a.checkedOn().isAfter(env.asOf())) {
      Observation late = new Observation(Kind.IMPLAUSIBLE, path + ".checkedOn", "", "", a.checkedOn().toString(),
          "on or before " + env.asOf());
      return new Finding(id, CheckKind.QUESTION, Outcome.EVIDENCE_MISSING, "answered " + a.answer()
          + " but checked on " + a.checkedOn() + ", after the assessment date " + env.asOf()
          + "; an answer checked later cannot count on that date", List.of(late.path()), List.of(late), 0);
    }
    String doc = a.document().map(d -> " (document: " + d + ")").orElse("");
    if (a.answer().equals("yes")) {
      return new Finding(id, CheckKind.QUESTION, Outcome.SATISFIED, "answered yes on " + a.checkedOn() + doc,
          List.of(path));
    }
    if (a.answer().equals("not-applicable")) {
      return new Finding(id, CheckKind.QUESTION, Outcome.NOT_APPLICABLE,
          "answered not applicable on " + a.checkedOn() + doc, List.of(path));
    }
    Observation no = new Observation(Kind.FAILED, path + ".answer", "", "", "no", "yes");
    String reason = a.targetDate().isEmpty() ? "answered no on " + a.checkedOn() + " with no target date"
        : "answered no on " + a.checkedOn() + "; target date " + a.targetDate().get()
            + (a.targetDate().get().isBefore(env.asOf()) ? ", which has passed" : "");
    return new Finding(id, CheckKind.QUESTION, Outcome.NOT_SATISFIED, reason, List.of(path), List.of(no), 0);
  }

  static Finding review(ClauseRef id, String explanation, Envelope env) {
    Envelope.ReviewEntry r = env.reviews().get(id);
    if (r == null) {
      return new Finding(id, CheckKind.REVIEW, Outcome.NEEDS_REVIEW, "manual review: " + explanation, List.of());
    }
    String path = "reviews[\"" + id + "\"]";
    if (r.reviewedOn().isAfter(env.asOf())) {
      Observation late = new Observation(Kind.IMPLAUSIBLE, path + ".reviewedOn", "", "", r.reviewedOn().toString(),
          "on or before " + env.asOf());
      return new Finding(id, CheckKind.REVIEW, Outcome.EVIDENCE_MISSING, "reviewed by " + r.reviewer() + " on "
          + r.reviewedOn() + ", after the assessment date " + env.asOf()
          + "; a review dated later cannot count on that date", List.of(late.path()), List.of(late), 0);
    }
    String reason = "reviewed by " + r.reviewer() + " on " + r.reviewedOn()
        + (r.satisfied() ? " (satisfied)" : " (not satisfied)") + (r.note().isEmpty() ? "" : ": " + r.note());
    if (r.satisfied()) {
      return new Finding(id, CheckKind.REVIEW, Outcome.SATISFIED, reason, List.of(path));
    }
    return new Finding(id, CheckKind.REVIEW, Outcome.NOT_SATISFIED, reason, List.of(path),
        List.of(new Observation(Kind.FAILED, path + ".satisfied", "", "", "false", "true")), 0);
  }
}
