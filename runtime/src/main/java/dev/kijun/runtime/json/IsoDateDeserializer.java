package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date only from an ISO {@code yyyy-mm-dd} string. Jackson's own reader also accepts {@code [y, m, d]}
 * arrays and epoch-day numbers, which an evidence file has no business using.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;
  private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new InvalidEvidenceValue(p, "expected a date (yyyy-mm-dd), found " + Tokens.describe(p.currentToken()),
          LocalDate.class);
    }
    String text = p.getText();
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidEvidenceValue(p, Tokens.quoteValue(text) + " is not a date of the form yyyy-mm-dd",
          LocalDate.class);
    }
    try {
      // ISO_LOCAL_DATE resolves strictly, so 2026-02-30 is an error rather than 2026-02-28.
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidEvidenceValue(p, Tokens.quoteValue(text) + " is not a valid date", LocalDate.class);
    }
  }
}
