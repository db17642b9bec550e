package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records each unknown field as a problem and skips its value, so one misspelt field does not hide the next one.
 * The loader still rejects the file; this only lets it say everything at once.
 */
final class UnknownFields extends DeserializationProblemHandler {
  private final Problems problems;
  private String base = "";
  private JsonStreamContext stop;

  UnknownFields(Problems problems) {
    this.problems = problems;
  }

  /** Sets where the value being read sits: its path and the parser context that holds it. */
  void enter(String base, JsonStreamContext stop) {
    this.base = base;
    this.stop = stop;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    // The parser is on the unknown field's value; a structured value has already opened its own context.
    JsonStreamContext object = p.getParsingContext();
    if (p.currentToken() != null && p.currentToken().isStructStart()) {
      object = object.getParent();
    }
    String path = JsonPaths.of(base, stop, object.getParent());
    List<String> known = new ArrayList<>();
    if (deserializer != null) {
      for (Object name : deserializer.getKnownPropertyNames()) {
        known.add(String.valueOf(name));
      }
    }
    JsonLocation at = p.currentTokenLocation();
    problems.add(path, at, Messages.unknownField(propertyName, known));
    p.skipChildren();
    return true;
  }
}
