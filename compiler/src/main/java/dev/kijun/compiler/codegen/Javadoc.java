package dev.kijun.compiler.codegen;

/**
 * The one escaper for user text (doc comments, summaries, check sources, file names) that reaches a comment in
 * generated Java; never applied to our own markup. javac translates unicode escapes (backslash, {@code u}, four hex
 * digits) everywhere, comments included, before it sees a comment end, so a backslash is written as the unicode escape
 * of a backslash (005C, which cannot start another escape); comment terminators and control characters (NUL, CR, …) never appear raw.
 * String literals are JavaPoet's {@code $S}, which escapes them itself.
 */
final class Javadoc {
  private Javadoc() {}

  /** Text inside Javadoc prose: HTML and Javadoc markup neutralised as well. */
  static String escape(String text) {
    return raw(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("{", "&#123;").replace("}", "&#125;"));
  }

  /** Text inside {@code <pre>{@code …}</pre>}: braces and comment ends only, so the code reads as written. */
  static String code(String text) {
    return raw(text.replace("}", "&#125;"));
  }

  /** Text in any comment: backslashes, comment terminators and control characters made harmless. */
  static String raw(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        sb.append("\\u005c");
      } else if (c == '/' && i > 0 && text.charAt(i - 1) == '*') {
        sb.append("&#47;");
      } else if (c == '\n') {
        sb.append('\n');
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(c == '\t' ? " " : "&#x" + Integer.toHexString(c) + ";");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
