package dev.kijun.collect.sheet;

import dev.kijun.collect.ledger.LedgerField;
import java.util.Arrays;
import java.util.Optional;

/** The checklist's three answers: the label on the sheet and the spelling in evidence JSON. */
public enum Answer {
  YES("はい", "yes"), NO("いいえ", "no"), NOT_APPLICABLE("該当なし", "not-applicable");

  private final String label;
  private final String json;

  Answer(String label, String json) {
    this.label = label;
    this.json = json;
  }

  /** The word on the sheet: はい, いいえ or 該当なし. */
  public String label() {
    return label;
  }

  /** The evidence spelling: yes, no or not-applicable. */
  public String json() {
    return json;
  }

  /** The answer a cell's text names: the sheet's words or the evidence spellings (full-width and case ignored). */
  public static Optional<Answer> of(String text) {
    String t = LedgerField.normalise(text);
    return Arrays.stream(values())
        .filter(a -> LedgerField.normalise(a.label).equals(t) || a.json.equals(t)).findFirst();
  }
}
