package dev.kijun.runtime.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Unpacks the long literal lists of generated validators. A class file allows 64 KB of code per method and 65,535
 * constants per class, so a list of tens of thousands of literals cannot be written as {@code List.of(…)}; the
 * compiler writes it as one text instead, elements separated by line breaks, a backslash and a line break inside a
 * string escaped as {@code \\} and {@code \n}.
 */
public final class Packed {
  private Packed() {}

  /** The strings of a packed list. */
  public static List<String> strings(String packed) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < packed.length(); i++) {
      char c = packed.charAt(i);
      if (c == '\\' && i + 1 < packed.length()) {
        char n = packed.charAt(++i);
        sb.append(n == 'n' ? '\n' : n);
      } else if (c == '\n') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return List.copyOf(out);
  }

  /** The integers of a packed list. */
  public static List<Long> longs(String packed) {
    return strings(packed).stream().map(Long::valueOf).toList();
  }

  /** The numbers of a packed list. */
  public static List<BigDecimal> numbers(String packed) {
    return strings(packed).stream().map(BigDecimal::new).toList();
  }

  /** The dates (ISO) of a packed list. */
  public static List<LocalDate> dates(String packed) {
    return strings(packed).stream().map(LocalDate::parse).toList();
  }

  /** The booleans of a packed list. */
  public static List<Boolean> booleans(String packed) {
    return strings(packed).stream().map(Boolean::valueOf).toList();
  }

  /** The enum constants (by Java name) of a packed list. */
  public static <E extends Enum<E>> List<E> enums(Class<E> type, String packed) {
    return strings(packed).stream().map(n -> Enum.valueOf(type, n)).toList();
  }

  /** Packs strings as {@link #strings} reads them (used by the compiler). */
  public static String pack(List<String> elements) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      String e = elements.get(i);
      for (int j = 0; j < e.length(); j++) {
        char c = e.charAt(j);
        sb.append(c == '\\' ? "\\\\" : c == '\n' ? "\\n" : String.valueOf(c));
      }
    }
    return sb.toString();
  }
}
