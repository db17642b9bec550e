package dev.kijun.runtime;

/**
 * One check of a requirement, as metadata: its kind, the explanation in words (automated and review checks;
 * for automated checks also the expression as written) and, for questions, the question in Japanese and English.
 */
public record CheckInfo(CheckKind kind, String explanation, String expression, String askJa, String askEn) {
  public CheckInfo {
    java.util.Objects.requireNonNull(kind, "kind is null");
    java.util.Objects.requireNonNull(explanation, "explanation is null");
    java.util.Objects.requireNonNull(expression, "expression is null");
    java.util.Objects.requireNonNull(askJa, "askJa is null");
    java.util.Objects.requireNonNull(askEn, "askEn is null");
  }
}
