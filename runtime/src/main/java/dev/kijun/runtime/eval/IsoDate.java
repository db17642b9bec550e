package dev.kijun.runtime.eval;

import java.time.LocalDate;

/**
 * A date in ISO form ({@code 2026-10-20}), as {@link LocalDate#toString()} writes it, without its general-purpose
 * builder: findings name dates (answers, reviews, cut-offs) hundreds of times per evidence file, and on a small file
 * formatting them was a tenth of the validators' time. Years outside 0–9999 are left to {@link LocalDate#toString()}.
 */
public final class IsoDate {
  private IsoDate() {}

  /** {@code date.toString()}, the same characters. */
  public static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return date.toString();
    }
    byte[] b = new byte[10];
    b[0] = (byte) ('0' + year / 1000);
    b[1] = (byte) ('0' + year / 100 % 10);
    b[2] = (byte) ('0' + year / 10 % 10);
    b[3] = (byte) ('0' + year % 10);
    b[4] = '-';
    int month = date.getMonthValue();
    b[5] = (byte) ('0' + month / 10);
    b[6] = (byte) ('0' + month % 10);
    b[7] = '-';
    int day = date.getDayOfMonth();
    b[8] = (byte) ('0' + day / 10);
    b[9] = (byte) ('0' + day % 10);
    return new String(b, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
