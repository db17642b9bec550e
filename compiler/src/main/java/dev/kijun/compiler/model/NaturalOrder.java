package dev.kijun.compiler.model;

import java.util.Comparator;

/**
 * Orders official numbers as a reader does: segment by segment, numbers by value ({@code 2 < 10}), numbers before
 * words, a leading {@code §} ignored, a prefix before its extensions ({@code 8 < 8.1}).
 */
public final class NaturalOrder implements Comparator<String> {
  /** The one instance. */
  public static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = segment(strip(x[i]), strip(y[i]));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(x.length, y.length);
    return c != 0 ? c : a.compareTo(b);
  }

  private static String strip(String s) {
    return s.startsWith("§") ? s.substring(1) : s;
  }

  private static int segment(String a, String b) {
    boolean da = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean db = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (da && db) {
      // Compared as digit strings without leading zeros, so any length works without overflow.
      String na = a.replaceFirst("^0+(?=.)", "");
      String nb = b.replaceFirst("^0+(?=.)", "");
      return na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
    }
    if (da != db) {
      return da ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
