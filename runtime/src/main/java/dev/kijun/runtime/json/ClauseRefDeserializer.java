package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.kijun.runtime.ClauseRef;
import java.io.IOException;
import java.util.Optional;

/** Reads a qualified clause name such as {@code mhlw-guideline@5.2/6.11.C.11} from a string. */
final class ClauseRefDeserializer extends StdScalarDeserializer<ClauseRef> {
  private static final long serialVersionUID = 1L;

  ClauseRefDeserializer() {
    super(ClauseRef.class);
  }

  @Override
  public ClauseRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = InvalidEvidenceValue.requireString(p, "a clause name (document@edition/clause)", ClauseRef.class);
    Optional<ClauseRef> ref = ClauseRef.tryParse(text);
    if (ref.isEmpty()) {
      throw new InvalidEvidenceValue(p, notAClauseName(text), ClauseRef.class);
    }
    return ref.get();
  }

  /** The message for text that is not a qualified clause name; also used for answer and review keys. */
  static String notAClauseName(String text) {
    return Tokens.quoteValue(text) + " is not a clause name of the form document@edition/clause";
  }
}
