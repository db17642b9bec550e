package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Evidence paths in the user's spelling: {@code facts.endpoints[2].tls.versions[0]}, and
 * {@code answers["mhlw-checklist@R7/2.8"]} for keys that are not plain names.
 */
final class JsonPaths {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  /** Appends one object key to {@code base}. */
  static String field(String base, String name) {
    if (NAME.matcher(name).matches()) {
      return base.isEmpty() ? name : base + "." + name;
    }
    return base + "[" + quote(name) + "]";
  }

  /** Appends one list index to {@code base}. */
  static String index(String base, int index) {
    return base + "[" + index + "]";
  }

  /** A JSON string literal for a key, as it appears inside {@code [...]} in a path. */
  static String quote(String key) {
    StringBuilder sb = new StringBuilder(key.length() + 2).append('"');
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** {@code base} followed by a mapping exception's path, which is relative to the value read at {@code base}. */
  static String of(String base, List<JsonMappingException.Reference> refs) {
    String path = base;
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        path = field(path, ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path = index(path, ref.getIndex());
      }
    }
    return path;
  }

  /**
   * The path of the value the parser is positioned in, from the contexts below {@code stop} (the context that
   * holds the value read at {@code base}) down to {@code innermost}, each contributing its current key or index.
   */
  static String of(String base, JsonStreamContext stop, JsonStreamContext innermost) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = innermost; c != null && c != stop; c = c.getParent()) {
      chain.push(c);
    }
    String path = base;
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = field(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = index(path, c.getCurrentIndex());
      }
    }
    return path;
  }
}
