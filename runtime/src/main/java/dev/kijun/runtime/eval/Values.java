package dev.kijun.runtime.eval;

import dev.kijun.runtime.Secret;
import dev.kijun.runtime.evidence.AnswerValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders evidence values for observations, as they are written in evidence files: enum spellings, ISO dates,
 * plain decimals. Secrets and records render as the empty string, so no secret can reach a report.
 */
public final class Values {
  private Values() {}

  /** The value as written in evidence; empty for secrets, records and lists holding them. */
  public static String render(Object v) {
    if (v == null || v instanceof Secret) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof EvidenceEnum e) {
      return e.json();
    }
    if (v instanceof AnswerValue a) {
      return a.jsonName();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof LocalDate d) {
      return IsoDate.format(d);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        String e = render(list.get(i));
        if (e.isEmpty()) {
          return "";
        }
        sb.append(i == 0 ? "" : ", ").append(e);
      }
      return sb.append(']').toString();
    }
    return ""; // a record: described by its path and subject, never printed
  }

  /** {@code "0 elements"}, {@code "1 element"}, {@code "3 elements"}. */
  public static String elements(int n) {
    return n + (n == 1 ? " element" : " elements");
  }
}
