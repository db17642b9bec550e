package dev.kijun.collect.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one spreadsheet cell holds, as read: CSV cells are always {@link Text} or {@link Blank}. */
public sealed interface CellValue {
  /** An empty cell, or one holding only white space. */
  record Blank() implements CellValue {}

  /** Text, trimmed. */
  record Text(String value) implements CellValue {}

  /** A number that is not formatted as a date. */
  record Number(BigDecimal value) implements CellValue {}

  /** A number formatted as a date (the time of day, if any, is dropped). */
  record Date(LocalDate value) implements CellValue {}

  /** TRUE or FALSE. */
  record Bool(boolean value) implements CellValue {}

  /** A formula error such as {@code #REF!}. */
  record Error(String code) implements CellValue {}

  /** The one blank cell. */
  CellValue BLANK = new Blank();

  /** A text cell, or blank when {@code s} is only white space. */
  static CellValue text(String s) {
    String t = s.strip();
    return t.isEmpty() ? BLANK : new Text(t);
  }

  /** The cell as a user would read it: text as is, integers without a fraction, dates as ISO dates. */
  default String display() {
    if (this instanceof Text t) {
      return t.value();
    }
    if (this instanceof Number n) {
      return n.value().stripTrailingZeros().toPlainString();
    }
    if (this instanceof Date d) {
      return d.value().toString();
    }
    if (this instanceof Bool b) {
      return b.value() ? "TRUE" : "FALSE";
    }
    if (this instanceof Error e) {
      return e.code();
    }
    return "";
  }
}
