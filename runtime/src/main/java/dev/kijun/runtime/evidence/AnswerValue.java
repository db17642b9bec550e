package dev.kijun.runtime.evidence;

/** The checklist's answer to a question: はい / いいえ / 該当なし. JSON spellings: {@code yes}, {@code no}, {@code not-applicable}. */
public enum AnswerValue {
  YES, NO, NOT_APPLICABLE;

  /** The JSON spelling. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
