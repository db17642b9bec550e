package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Set;

/**
 * Lets binding skip the unknown fields that {@link FieldScan} has already reported, so binding goes on to find
 * other problems (a missing required field, a bad value). Any other unknown field still fails binding: the scan
 * and Jackson should agree, and if they ever do not, the field is reported rather than silently dropped.
 */
final class UnknownFields extends DeserializationProblemHandler {
  private final Set<String> reported;

  UnknownFields(Set<String> reported) {
    this.reported = reported;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    if (!reported.contains(propertyName)) {
      return false;
    }
    p.skipChildren();
    return true;
  }
}
