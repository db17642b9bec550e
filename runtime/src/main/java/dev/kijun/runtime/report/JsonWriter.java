package dev.kijun.runtime.report;

import java.util.List;
import java.util.Map;

/**
 * A small JSON printer for report trees made of {@link Map} (in insertion order), {@link List}, {@link String},
 * {@link Number}, {@link Boolean} and null. Hand-written rather than Jackson's pretty printer so the layout is
 * fixed by this file alone: two-space indent, {@code "key": value}, {@code []} and {@code {}} when empty,
 * {@code \n} line ends.
 */
public final class JsonWriter {
  private JsonWriter() {}

  /** The tree as pretty-printed JSON with a trailing newline; also used by the compiler's diff and migrate output. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(out, value, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, Object v, int depth) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String) {
      string(out, (String) v);
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof Map) {
      object(out, (Map<?, ?>) v, depth);
    } else if (v instanceof List) {
      array(out, (List<?>) v, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      indent(out, depth + 1);
      string(out, (String) e.getKey());
      out.append(": ");
      value(out, e.getValue(), depth + 1);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(out, depth + 1);
      value(out, list.get(i), depth + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** RFC 8259 string escaping; non-ASCII text (Japanese titles) stays as is, the output being UTF-8. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
