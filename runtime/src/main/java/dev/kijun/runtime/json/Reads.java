package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kijun.runtime.Secret;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The value rules of generated {@link EvidenceReader}s, one method per kijun scalar type, each the same rule as the
 * strict mapper's ({@link StrictMapper}): a string only from a JSON string, an integer only from a JSON integer that
 * fits a {@code long}, a boolean only from {@code true}/{@code false}, a date only from a valid {@code yyyy-mm-dd}
 * string, a secret only from a string (hashed on the spot, like {@link SecretDeserializer}). Each reads the
 * parser's current token; none accepts {@code null}, which generated code handles per field. Anything else throws
 * {@link Rejected}, which sends the file down the loader's thorough path. For generated code; not an API.
 */
public final class Reads {
  private static final Rejected REJECTED = new Rejected();

  private Reads() {}

  /**
   * Thrown when a reader meets anything it does not accept. Carries no message and no stack: it is thrown often on
   * bad evidence, caught at once by the loader, and never shown (the thorough path explains the problem).
   */
  public static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Rejected() {
      super(null, null, false, false);
    }
  }

  /** The one instance of {@link Rejected}, to throw. */
  public static Rejected reject() {
    return REJECTED;
  }

  /** Requires the current token to start an object. */
  public static void startObject(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw REJECTED;
    }
  }

  /** A JSON string. */
  public static String string(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw REJECTED;
    }
    return p.getText();
  }

  /** A JSON integer within the range of {@code long}. */
  public static long integer(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw REJECTED;
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw REJECTED;
    }
    return p.getLongValue();
  }

  /** A JSON number, integer or not, as Jackson's {@code BigDecimal} reader gives it. */
  public static BigDecimal number(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw REJECTED;
    }
    return p.getDecimalValue();
  }

  /** {@code true} or {@code false}. */
  public static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw REJECTED;
  }

  /** A valid calendar date written {@code yyyy-mm-dd}. */
  public static LocalDate date(JsonParser p) throws IOException {
    String text = string(p);
    if (!IsoDateDeserializer.isIsoShape(text)) {
      throw REJECTED;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw REJECTED;
    }
  }

  /** A secret, from a string; its hash is computed now, while the characters are in cache. */
  public static Secret secret(JsonParser p) throws IOException {
    Secret s = Secret.of(string(p));
    s.hashCode();
    return s;
  }

  /** Reads one element of a list from the parser's current token. */
  @FunctionalInterface
  public interface Element<T> {
    /** The element; never {@code null}. */
    T read(JsonParser p) throws IOException;
  }

  /** A JSON array whose elements are all read by {@code element}; a {@code null} element is rejected. */
  public static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw REJECTED;
    }
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(element.read(p)); // each element reader rejects VALUE_NULL, as the mapper's content-nulls rule does
    }
    return list;
  }

  /** True when the current token is JSON {@code null}: an optional field then holds {@code null}. */
  public static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }
}
