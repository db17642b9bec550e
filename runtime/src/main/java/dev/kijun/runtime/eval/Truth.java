package dev.kijun.runtime.eval;

/**
 * The value of a condition over evidence: true, false, or unknown because a value it reads is missing (or is a
 * date after the assessment date). Combined by Kleene's rules, so a definite answer wins wherever it decides:
 * {@code false and unknown} is false, {@code true or unknown} is true.
 */
public enum Truth {
  FALSE, TRUE, UNKNOWN;

  /** Kleene conjunction. */
  public static Truth and(Truth a, Truth b) {
    if (a == FALSE || b == FALSE) {
      return FALSE;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : TRUE;
  }

  /** Kleene disjunction. */
  public static Truth or(Truth a, Truth b) {
    if (a == TRUE || b == TRUE) {
      return TRUE;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : FALSE;
  }

  /** Negation; unknown stays unknown. */
  public static Truth not(Truth a) {
    return a == TRUE ? FALSE : a == FALSE ? TRUE : UNKNOWN;
  }

  /** {@code TRUE} or {@code FALSE}. */
  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }
}
