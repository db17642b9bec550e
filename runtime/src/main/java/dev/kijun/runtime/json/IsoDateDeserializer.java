package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;

/**
 * Reads a date only from an ISO {@code yyyy-mm-dd} string. Jackson's own reader also accepts {@code [y, m, d]}
 * arrays and epoch-day numbers, which an evidence file has no business using.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  /** {@code dddd-dd-dd}, checked character by character. */
  static boolean isIsoShape(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new InvalidEvidenceValue(p, "expected a date (yyyy-mm-dd), found " + Tokens.describe(p.currentToken()),
          LocalDate.class);
    }
    String text = p.getText();
    if (!isIsoShape(text)) {
      throw new InvalidEvidenceValue(p, Tokens.quoteValue(text) + " is not a date of the form yyyy-mm-dd",
          LocalDate.class);
    }
    try {
      // LocalDate.of validates the day against the month, so 2026-02-30 is an error rather than 2026-02-28.
      // Parsing the digits by hand keeps this off the hot path's profile (every device carries dates).
      return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    } catch (DateTimeException e) {
      throw new InvalidEvidenceValue(p, Tokens.quoteValue(text) + " is not a valid date", LocalDate.class);
    }
  }
}
