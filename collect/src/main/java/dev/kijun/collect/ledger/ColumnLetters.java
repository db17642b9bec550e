package dev.kijun.collect.ledger;

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
public final class ColumnLetters {
  private ColumnLetters() {}

  /** The letters of zero-based column {@code index}. */
  public static String of(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative column " + index);
    }
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.append((char) ('A' + (n - 1) % 26));
    }
    return b.reverse().toString();
  }
}
