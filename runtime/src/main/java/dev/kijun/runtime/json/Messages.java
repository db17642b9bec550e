package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a binding failure into a path and a message in our words. Jackson's messages name Java types and
 * Jackson features, so they are only ever classified, never shown.
 */
final class Messages {
  private Messages() {}

  /** A located message: where, and what. */
  record Located(String path, String message) {}

  /** "unknown field `x`", with a suggestion when a known field is close. */
  static String unknownField(String name, Collection<String> known) {
    String message = "unknown field `" + name + "`";
    return dev.kijun.runtime.DidYouMean.closest(name, known).map(s -> message + "; did you mean `" + s + "`?").orElse(message);
  }

  /**
   * Describes a failure while reading the value at {@code base}. The parser is still where the failure happened:
   * its current token is the offending value, or the end of an object that lacks a required field.
   */
  static Located describe(JsonMappingException e, String base, JsonParser p) {
    List<JsonMappingException.Reference> refs = e.getPath();
    String path = JsonPaths.of(base, refs);
    JsonToken token = p.currentToken();
    if (e instanceof InvalidEvidenceValue) {
      return new Located(path, e.getOriginalMessage());
    }
    if (e instanceof InvalidNullException) {
      boolean inList = !refs.isEmpty() && refs.get(refs.size() - 1).getFieldName() == null;
      return new Located(path, inList ? "`null` is not allowed in a list" : "required field must not be null");
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = new ArrayList<>();
      for (Object id : u.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      return new Located(JsonPaths.of(base, withoutLast(refs)), unknownField(u.getPropertyName(), known));
    }
    if (e instanceof MismatchedInputException && token == JsonToken.END_OBJECT && !refs.isEmpty()
        && refs.get(refs.size() - 1).getFieldName() != null) {
      // A mismatch reported at the end of an object, for a named property, is a required property that never came:
      // Jackson appends the missing property itself to the path; the user's path is the object lacking it.
      String field = refs.get(refs.size() - 1).getFieldName();
      return new Located(JsonPaths.of(base, withoutLast(refs)), "missing required field `" + field + "`");
    }
    if (causedBy(e, InputCoercionException.class)) {
      return new Located(path, outOfRange(p));
    }
    if (e instanceof InvalidFormatException && targetsEnum(e) && token == JsonToken.VALUE_STRING) {
      Object value = ((InvalidFormatException) e).getValue();
      return new Located(path, Tokens.quoteValue(String.valueOf(value)) + " is not one of "
          + Tokens.enumNames(((InvalidFormatException) e).getTargetType()));
    }
    if (e instanceof MismatchedInputException) {
      Class<?> raw = ((MismatchedInputException) e).getTargetType();
      String expected = raw == null ? "another kind of value" : Tokens.expected(raw);
      return new Located(path, "expected " + expected + ", found " + Tokens.describe(token));
    }
    // Instantiation failures and the like: nothing the user can act on beyond the place.
    return new Located(path, "invalid value");
  }

  /** A parser-level failure inside a value (a number out of range) at the parser's current place. */
  static String describe(IOException e, JsonParser p) {
    if (e instanceof InputCoercionException) {
      return outOfRange(p);
    }
    return "invalid value";
  }

  private static String outOfRange(JsonParser p) {
    String text;
    try {
      text = p.getText();
    } catch (IOException ignored) {
      text = null;
    }
    return text == null ? "integer out of range" : Tokens.quoteValue(text) + " is out of range for an integer";
  }

  private static boolean targetsEnum(JsonMappingException e) {
    Class<?> target = ((MismatchedInputException) e).getTargetType();
    return target != null && target.isEnum();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static <T> List<T> withoutLast(List<T> list) {
    return list.isEmpty() ? list : list.subList(0, list.size() - 1);
  }
}
