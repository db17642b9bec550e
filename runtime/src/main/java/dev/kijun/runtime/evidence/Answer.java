package dev.kijun.runtime.evidence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A facility's answer to a question check, in the checklist's own format: the answer, the date it was checked,
 * a target date when the answer is "no", and an optional reference to a supporting document.
 */
public record Answer(AnswerValue answer, LocalDate checkedOn, Optional<LocalDate> targetDate, Optional<String> document) {
  public Answer {
    java.util.Objects.requireNonNull(answer, "answer is null");
    java.util.Objects.requireNonNull(checkedOn, "checkedOn is null");
    java.util.Objects.requireNonNull(targetDate, "targetDate is null");
    java.util.Objects.requireNonNull(document, "document is null");
  }
}
