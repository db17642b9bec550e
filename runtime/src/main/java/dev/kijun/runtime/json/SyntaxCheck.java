package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first pass over an evidence file: well-formed JSON, one top-level object and nothing after it, no duplicate
 * keys, within the depth and string limits. Binding runs only on text that passed, so it never meets a syntax
 * error and can recover from one bad value to report the next.
 */
final class SyntaxCheck {
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
  private static final Pattern CONTROL_CODE = Pattern.compile("code (\\d+)");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*)[\"']$");

  private final String file;
  private final EvidenceLimits limits;

  SyntaxCheck(String file, EvidenceLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** The first syntax problem, if any. */
  Optional<EvidenceProblem> check(JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          return Optional.of(new EvidenceProblem(file, "", 1, 1, "the evidence file is empty"));
        }
        if (first != JsonToken.START_OBJECT) {
          JsonLocation at = p.currentTokenLocation();
          return Optional.of(new EvidenceProblem(file, "", at.getLineNr(), at.getColumnNr(),
              "the evidence file must hold one JSON object, found " + Tokens.describe(first)));
        }
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            p.getText(); // strings are read lazily; reading them enforces the length limit here, not later
          }
          if (t.isStructEnd() && p.getParsingContext().inRoot()) {
            break;
          }
        }
        JsonToken after = p.nextToken();
        if (after != null) {
          JsonLocation at = p.currentTokenLocation();
          return Optional.of(malformed(at, "unexpected content after the top-level object"));
        }
        return Optional.empty();
      } catch (StreamConstraintsException e) {
        // The token location is where the offending bracket or string starts, not where reading stopped.
        return Optional.of(constraint(e, p.currentTokenLocation()));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        return Optional.of(parseProblem(e.getOriginalMessage(), at, p.getParsingContext()));
      }
    } catch (IOException e) {
      // Reading from a String cannot fail for I/O reasons; anything here is a parse problem we did not classify.
      return Optional.of(new EvidenceProblem(file, "", 0, 0, "malformed JSON"));
    }
  }

  private EvidenceProblem constraint(StreamConstraintsException e, JsonLocation at) {
    String m = e.getOriginalMessage();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    String where = " at line " + line + ", column " + column;
    if (m.startsWith("Document nesting depth")) {
      return new EvidenceProblem(file, "", line, column,
          "nesting deeper than " + limits.maxNestingDepth() + " levels" + where);
    }
    if (m.startsWith("String value length")) {
      return new EvidenceProblem(file, "", line, column,
          "a string longer than " + limits.maxStringLength() + " characters" + where);
    }
    if (m.startsWith("Name length")) {
      return new EvidenceProblem(file, "", line, column, "a field name that is too long" + where);
    }
    if (m.startsWith("Number value length")) {
      return new EvidenceProblem(file, "", line, column, "a number with too many digits" + where);
    }
    return new EvidenceProblem(file, "", line, column, "the evidence file exceeds a size limit" + where);
  }

  private EvidenceProblem parseProblem(String original, JsonLocation at, JsonStreamContext context) {
    Matcher dup = DUPLICATE.matcher(original);
    if (dup.matches()) {
      // The context is the object holding the duplicate; its path is that of the object's own position.
      String object = JsonPaths.of("", null, context.getParent());
      String prefix = object.isEmpty() ? "" : object + ": ";
      return new EvidenceProblem(file, object, at.getLineNr(), at.getColumnNr(),
          prefix + "duplicate field `" + dup.group(1) + "`");
    }
    return malformed(at, detail(original));
  }

  private EvidenceProblem malformed(JsonLocation at, String detail) {
    return new EvidenceProblem(file, "", at.getLineNr(), at.getColumnNr(),
        "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + detail);
  }

  /**
   * Our words for Jackson's parse errors. Jackson's own messages name its classes and features, so none is ever
   * passed through; unrecognised ones get a generic detail. Tokens are not echoed: an unquoted value may be a
   * secret.
   */
  static String detail(String m) {
    if (m.startsWith("Unexpected end-of-input")) {
      if (m.contains("closing quote")) {
        return "the file ends inside a string";
      }
      return "the file ends before every object and list is closed";
    }
    Matcher c = UNEXPECTED_CHAR.matcher(m);
    if (c.find()) {
      String shown = shownChar(Integer.parseInt(c.group(2)));
      if (m.contains("was expecting comma to separate Object entries")) {
        return "unexpected " + shown + "; expected `,` or `}`";
      }
      if (m.contains("was expecting comma to separate Array entries")) {
        return "unexpected " + shown + "; expected `,` or `]`";
      }
      if (m.contains("was expecting double-quote to start field name")) {
        return "unexpected " + shown + "; expected a field name in double quotes";
      }
      if (m.contains("was expecting a colon")) {
        return "unexpected " + shown + "; expected `:`";
      }
      if (m.contains("expected a valid value") || m.contains("expected a value")) {
        return "unexpected " + shown + "; expected a value";
      }
      if (m.contains("comment")) {
        return "comments are not allowed in JSON";
      }
      if (m.contains("in numeric value")) {
        return "invalid number";
      }
      return "unexpected " + shown;
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing bracket does not match its opening bracket";
    }
    if (m.startsWith("Unrecognized token")) {
      return "unrecognized token; strings must be in double quotes";
    }
    if (m.startsWith("Non-standard token")) {
      return "not a JSON number (NaN and Infinity are not allowed)";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "control character " + controlChar(m) + " inside a string must be escaped";
    }
    if (m.startsWith("Illegal character")) {
      return "unexpected control character " + controlChar(m);
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "invalid escape sequence in a string";
    }
    if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
      return m.contains("Leading zeroes") ? "invalid number: leading zeroes are not allowed" : "invalid number";
    }
    return "invalid JSON";
  }

  private static String shownChar(int code) {
    if (code < 0x20 || code == 0x7f) {
      return "control character " + String.format("U+%04X", code);
    }
    return "`" + new String(Character.toChars(code)) + "`";
  }

  private static String controlChar(String m) {
    Matcher code = CONTROL_CODE.matcher(m);
    return code.find() ? String.format("U+%04X", Integer.parseInt(code.group(1))) : "";
  }
}
