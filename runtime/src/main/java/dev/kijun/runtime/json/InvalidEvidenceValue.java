package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Raised by our own deserializers with a message already in the user's words (no path); the loader prefixes the
 * path. Keeping it a {@link MismatchedInputException} lets Jackson attach the path as it unwinds.
 */
final class InvalidEvidenceValue extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  InvalidEvidenceValue(JsonParser parser, String message, Class<?> target) {
    super(parser, message, target);
  }

  /**
   * The text of the current token when it is a string; otherwise throws "expected {@code expected}, found …" (the
   * start of every deserializer of ours that reads a value from a string).
   */
  static String requireString(JsonParser parser, String expected, Class<?> target) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw new InvalidEvidenceValue(parser, "expected " + expected + ", found "
          + Tokens.describe(parser.currentToken()), target);
    }
    return parser.getText();
  }
}
