package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Raised by our own deserializers with a message already in the user's words (no path); the loader prefixes the
 * path. Keeping it a {@link MismatchedInputException} lets Jackson attach the path as it unwinds.
 */
final class InvalidEvidenceValue extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  InvalidEvidenceValue(JsonParser parser, String message, Class<?> target) {
    super(parser, message, target);
  }
}
