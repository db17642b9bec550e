package dev.kijun.collect.ledger;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets hold them: a date cell, or text in one of the forms Japanese and international ledgers use
 * ({@code 2026-10-10}, {@code 2026/10/10}, {@code 2026/1/5}, {@code 2026.10.10}, {@code 2026年10月10日}; full-width
 * digits too). An impossible date such as 2026-02-30 is refused, never rolled over.
 */
public final class CellDates {
  private static final Pattern FORM = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

  private CellDates() {}

  /** The date a cell holds, or a message saying why it is not one. */
  public record Parsed(Optional<LocalDate> date, String problem) {}

  /** Reads {@code cell} as a date. */
  public static Parsed parse(CellValue cell) {
    if (cell instanceof CellValue.Date d) {
      return ok(d.value());
    }
    if (cell instanceof CellValue.Number) {
      return bad("a number, not a date; format the cell as a date or write it as 2026-10-10");
    }
    if (!(cell instanceof CellValue.Text t)) {
      return bad("not a date");
    }
    String s = Normalizer.normalize(t.value(), Normalizer.Form.NFKC).strip();
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      return bad("\"" + t.value() + "\" is not a date; write it as 2026-10-10");
    }
    try {
      return ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return bad("\"" + t.value() + "\" is not a date of the calendar");
    }
  }

  private static Parsed ok(LocalDate d) {
    return new Parsed(Optional.of(d), "");
  }

  private static Parsed bad(String problem) {
    return new Parsed(Optional.empty(), problem);
  }
}
