package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Enum spellings match exactly. Jackson's enum reader retries an unknown string with surrounding whitespace trimmed,
 * so {@code " yes"} would be read as {@code yes}, though the evidence JSON Schema (and the generated one-pass readers)
 * reject it; this reports such a string as not one of the spellings, the same problem as any other unknown one.
 */
final class ExactEnums extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return new Exact(deserializer);
  }

  /** Refuses a string with leading or trailing whitespace, then lets Jackson's reader do the rest. */
  private static final class Exact extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Exact(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Exact(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (!text.equals(text.trim())) {
          return ctxt.handleWeirdStringValue(handledType(), text, "not one of the values accepted for Enum class");
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }
}
