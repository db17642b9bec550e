package dev.kijun.collect.sheet;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One answered row: the item id, the answer, the date it was checked, the target date (required for いいえ) and
 * the remarks, which become the answer's {@code document} in evidence (the free-text field the envelope has).
 */
public record SheetAnswer(String id, Answer answer, LocalDate checkedOn, Optional<LocalDate> targetDate,
    Optional<String> remarks) {
  public SheetAnswer {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(answer, "answer is null");
    Objects.requireNonNull(checkedOn, "checkedOn is null");
    Objects.requireNonNull(targetDate, "targetDate is null");
    Objects.requireNonNull(remarks, "remarks is null");
  }
}
