package dev.kijun.runtime.html;

/**
 * Escaping for HTML text and double-quoted attribute values: the only escaper kijun has. The output is also well-formed
 * XML, so a page can be checked with an XML parser.
 */
public final class Html {
  private Html() {}

  /** {@code s} with {@code & < > " '} replaced by entities, and control characters other than tab and newline dropped. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters are not allowed in XML 1.0 and never useful in a page.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          } else {
            b.append(' ');
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A fragment identifier made from any text: letters, digits, {@code - _ .} and non-ASCII letters are kept; every
   * other character becomes {@code -}. Distinct inputs may collide; callers prefix ids by section.
   */
  public static String anchor(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
      b.append(keep ? c : '-');
    }
    return b.toString();
  }
}
