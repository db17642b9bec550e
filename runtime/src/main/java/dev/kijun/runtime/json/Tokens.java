package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Words for JSON tokens and Java target types in messages: "an integer", "a list", "one of `a`, `b`". */
final class Tokens {
  /** Longer user values are cut so one bad value cannot flood a message. */
  private static final int MAX_SHOWN = 60;

  private Tokens() {}

  /** What the evidence holds at a token, e.g. "a string". Never shows the value: it could be a secret. */
  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT: return "an integer";
      case VALUE_NUMBER_FLOAT: return "a decimal number";
      case VALUE_TRUE: return "`true`";
      case VALUE_FALSE: return "`false`";
      case VALUE_NULL: return "`null`";
      case START_OBJECT: return "an object";
      case START_ARRAY: return "a list";
      default: return "something else";
    }
  }

  /** What a Java target type expects, e.g. "an integer". */
  static String expected(Class<?> raw) {
    if (raw == String.class || raw == dev.kijun.runtime.Secret.class || raw == Character.class || raw == char.class) {
      return "a string";
    }
    if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class || raw == short.class
        || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
      return "an integer";
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
        || raw == BigDecimal.class) {
      return "a number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "`true` or `false`";
    }
    if (raw == LocalDate.class) {
      return "a date (yyyy-mm-dd)";
    }
    if (raw.isEnum()) {
      return "one of " + enumNames(raw);
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "an object";
    }
    return "an object";
  }

  /** The JSON spellings of an enum's constants in declaration order, each in backticks, joined by ", ". */
  static String enumNames(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      names.add("`" + jsonName(enumType, name) + "`");
    }
    return String.join(", ", names);
  }

  private static String jsonName(Class<?> enumType, String constant) {
    try {
      Field f = enumType.getField(constant);
      com.fasterxml.jackson.annotation.JsonProperty p =
          f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p != null && !p.value().isEmpty() ? p.value() : constant;
    } catch (NoSuchFieldException e) {
      return constant;
    }
  }

  /** A user value in backticks, cut short when long; "an empty string" for "". */
  static String quoteValue(String text) {
    if (text.isEmpty()) {
      return "an empty string";
    }
    String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    StringBuilder sb = new StringBuilder("`");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      // Keep the message on one line whatever the value holds.
      sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.append('`').toString();
  }
}
