package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Our words for a JSON syntax error, derived from where Jackson stopped (the exception's character offset), the
 * parser's state (the last token and the enclosing object or list) and the characters around that place.
 * Jackson's message text is never read: it is not an API and changes between versions. Values are never echoed
 * beyond one character: an unquoted value may be a secret.
 */
final class ParseErrors {
  private ParseErrors() {}

  /**
   * Explains the failure at {@code offset} of {@code text}.
   *
   * @param eof whether Jackson reported the end of input ({@link JsonEOFException})
   * @param inString whether Jackson was decoding a string or field name when the input ended
   */
  static String explain(String text, int offset, JsonParser p, boolean eof, boolean inString) {
    int at = Math.max(0, Math.min(offset, text.length()));
    if (!eof && at >= text.length() && !wordEndingAt(text, at).isEmpty() && !insideString(text, at, p)) {
      return wordProblem(wordEndingAt(text, at));
    }
    if (eof || at >= text.length()) {
      return inString || insideString(text, at, p)
          ? "the file ends inside a string"
          : "the file ends before every object and list is closed";
    }
    char c = text.charAt(at);
    if (insideString(text, at, p)) {
      if (at > 0 && text.charAt(at - 1) == '\\' || c != '"' && c >= 0x20 && escapeStart(text, at) >= 0) {
        return "invalid escape sequence in a string";
      }
      return "control character " + codePoint(c) + " inside a string must be escaped";
    }
    JsonStreamContext context = p.getParsingContext();
    char before = previousNonSpace(text, at);
    if (context.inObject() && (before == '{' || before == ',') && c != '/' && c >= 0x20 && c != '}') {
      return "unexpected " + shown(text, at) + "; expected a field name in double quotes";
    }
    String word = wordEndingAt(text, at);
    if (!word.isEmpty()) {
      return wordProblem(word);
    }
    if (at > 0 && (isNumberChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
      String number = numberAround(text, at);
      if (leadingZero(number)) {
        return "invalid number: leading zeroes are not allowed";
      }
      if (!number.isEmpty() && !validNumber(number)) {
        return "invalid number";
      }
    }
    if (c == '/') {
      return "comments are not allowed in JSON";
    }
    if (c < 0x20 || c == 0x7f) {
      return "unexpected control character " + codePoint(c);
    }
    if ((c == ']' && context.inObject() || c == '}' && context.inArray())
        && before != ',' && before != ':' && before != '[' && before != '{') {
      return "a closing bracket does not match its opening bracket";
    }
    String shown = "unexpected " + shown(text, at);
    if (context.inRoot()) {
      return "unexpected content after the top-level object";
    }
    if (context.inObject()) {
      if (before == '{' || before == ',') {
        return shown + "; expected a field name in double quotes";
      }
      if (before == ':') {
        return shown + "; expected a value";
      }
      if (p.currentToken() == JsonToken.FIELD_NAME) {
        return shown + "; expected `:`";
      }
      return shown + "; expected `,` or `}`";
    }
    if (before == '[' || before == ',') {
      return shown + "; expected a value";
    }
    return shown + "; expected `,` or `]`";
  }

  private static String wordProblem(String word) {
    if (word.equals("NaN") || word.endsWith("Infinity")) {
      return "not a JSON number (NaN and Infinity are not allowed)";
    }
    return "unrecognized token; strings must be in double quotes";
  }

  /**
   * Whether {@code at} lies inside a string that the parser's current token opened: the current token is a string or
   * field name that starts before {@code at}, and no unescaped closing quote lies between.
   */
  private static boolean insideString(String text, int at, JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING && t != JsonToken.FIELD_NAME) {
      return false;
    }
    long start = p.currentTokenLocation().getCharOffset();
    if (start < 0 || start >= at || start >= text.length() || text.charAt((int) start) != '"') {
      return false;
    }
    for (int i = (int) start + 1; i < at; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return false;
      }
    }
    return true;
  }

  /** The offset of a backslash that starts an escape running up to {@code at}, or -1. */
  private static int escapeStart(String text, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 5); i--) {
      if (text.charAt(i) == '\\') {
        return i;
      }
    }
    return -1;
  }

  /** A run of letters ending just before {@code at} (Jackson stops after an unrecognised word), or "". */
  private static String wordEndingAt(String text, int at) {
    int start = at;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '+')) {
      start--;
    }
    String word = text.substring(start, end);
    return word.chars().anyMatch(Character::isLetter) && !word.equals("e") && !word.equals("E") ? word : "";
  }

  private static String numberAround(String text, int at) {
    int start = Math.min(at, text.length() - 1);
    while (start > 0 && (isNumberChar(text.charAt(start - 1)) || ".eE".indexOf(text.charAt(start - 1)) >= 0)) {
      start--;
    }
    int end = at;
    while (end < text.length() && (isNumberChar(text.charAt(end)) || ".eE".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return start < end ? text.substring(start, end) : "";
  }

  private static boolean leadingZero(String n) {
    String digits = n.startsWith("-") ? n.substring(1) : n;
    return digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1));
  }

  /** RFC 8259 number grammar: {@code -? int frac? exp?}. */
  static boolean validNumber(String n) {
    int i = 0;
    int len = n.length();
    if (i < len && n.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < len && Character.isDigit(n.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i < len && n.charAt(i) == '.') {
      int frac = ++i;
      while (i < len && Character.isDigit(n.charAt(i))) {
        i++;
      }
      if (i == frac) {
        return false;
      }
    }
    if (i < len && (n.charAt(i) == 'e' || n.charAt(i) == 'E')) {
      i++;
      if (i < len && (n.charAt(i) == '+' || n.charAt(i) == '-')) {
        i++;
      }
      int exp = i;
      while (i < len && Character.isDigit(n.charAt(i))) {
        i++;
      }
      if (i == exp) {
        return false;
      }
    }
    return i == len;
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+';
  }

  private static char previousNonSpace(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
    }
    return 0;
  }

  /** The character at {@code at} as shown in a message: in backticks, or U+XXXX for a control character. */
  private static String shown(String text, int at) {
    int cp = text.codePointAt(at);
    return cp < 0x20 || cp == 0x7f ? "control character " + codePoint((char) cp)
        : "`" + new String(Character.toChars(cp)) + "`";
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
