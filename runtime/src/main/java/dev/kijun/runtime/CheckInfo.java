package dev.kijun.runtime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One check of a requirement, as metadata: its kind, the explanation in words (automated and review checks;
 * for automated checks also the expression as written), for questions the question in Japanese and English, and
 * the day the check takes effect when it is later than its requirement's ({@code effective from} on the check).
 */
public record CheckInfo(CheckKind kind, String explanation, String expression, String askJa, String askEn,
    Optional<LocalDate> effectiveFrom) {
  public CheckInfo {
    java.util.Objects.requireNonNull(kind, "kind is null");
    java.util.Objects.requireNonNull(explanation, "explanation is null");
    java.util.Objects.requireNonNull(expression, "expression is null");
    java.util.Objects.requireNonNull(askJa, "askJa is null");
    java.util.Objects.requireNonNull(askEn, "askEn is null");
    java.util.Objects.requireNonNull(effectiveFrom, "effectiveFrom is null");
  }

  /** A check in force whenever its requirement is. */
  public CheckInfo(CheckKind kind, String explanation, String expression, String askJa, String askEn) {
    this(kind, explanation, expression, askJa, askEn, Optional.empty());
  }
}
