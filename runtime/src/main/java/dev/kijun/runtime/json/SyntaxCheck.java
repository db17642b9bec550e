package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The first pass over an evidence file: well-formed JSON, one top-level object and nothing after it, no duplicate
 * keys, within the depth and string limits. Binding runs only on text that passed, so it never meets a syntax
 * error and can recover from one bad value to report the next. Problems are explained from exception types,
 * locations and parser state ({@link ParseErrors}), never from Jackson's message text.
 */
final class SyntaxCheck {
  private final String file;
  private final EvidenceLimits limits;

  SyntaxCheck(String file, EvidenceLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** The first syntax problem, if any. */
  @SuppressWarnings("deprecation") // the per-parser feature switch is the only way to own duplicate detection here
  Optional<EvidenceProblem> check(JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      // Duplicates are found below, with the key and its place, instead of from the parser's exception text.
      p.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);
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
        Deque<Set<String>> keys = new ArrayDeque<>();
        keys.push(new HashSet<>());
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_OBJECT) {
            keys.push(new HashSet<>());
          } else if (t == JsonToken.END_OBJECT) {
            keys.pop();
          } else if (t == JsonToken.FIELD_NAME && !keys.peek().add(p.currentName())) {
            return Optional.of(duplicate(p));
          } else if (t == JsonToken.VALUE_STRING) {
            p.getText(); // strings are read lazily; reading them enforces the length limit here, not later
          }
          if (t.isStructEnd() && p.getParsingContext().inRoot()) {
            break;
          }
        }
        JsonToken after = p.nextToken();
        if (after != null) {
          return Optional.of(malformed(p.currentTokenLocation(), "unexpected content after the top-level object"));
        }
        return Optional.empty();
      } catch (StreamConstraintsException e) {
        // The token location is where the offending bracket or string starts, not where reading stopped.
        return Optional.of(constraint(text, p.currentTokenLocation(), p));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        boolean eof = e instanceof JsonEOFException;
        JsonToken decoding = eof ? ((JsonEOFException) e).getTokenBeingDecoded() : null;
        boolean inString = decoding == JsonToken.VALUE_STRING || decoding == JsonToken.FIELD_NAME;
        return Optional.of(malformed(at, ParseErrors.explain(text, (int) at.getCharOffset(), p, eof, inString)));
      }
    } catch (IOException e) {
      // Reading from a String cannot fail for I/O reasons; anything here is a parse problem we did not classify.
      return Optional.of(new EvidenceProblem(file, "", 0, 0, "malformed JSON"));
    }
  }

  private EvidenceProblem duplicate(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    // The context is the object holding the duplicate; its path is that of the object's own position.
    String object = JsonPaths.of("", null, p.getParsingContext().getParent());
    String prefix = object.isEmpty() ? "" : object + ": ";
    return new EvidenceProblem(file, object, at.getLineNr(), at.getColumnNr(),
        prefix + "duplicate field `" + p.getParsingContext().getCurrentName() + "`");
  }

  /** Which limit was hit, told by what starts at the offending token: a bracket, a quote or a digit. */
  private EvidenceProblem constraint(String text, JsonLocation at, JsonParser p) {
    int line = at.getLineNr();
    int column = at.getColumnNr();
    String where = " at line " + line + ", column " + column;
    long offset = at.getCharOffset();
    char c = offset >= 0 && offset < text.length() ? text.charAt((int) offset) : 0;
    String message;
    if (c == '{' || c == '[' || p.getParsingContext().getNestingDepth() >= limits.maxNestingDepth()) {
      message = "nesting deeper than " + limits.maxNestingDepth() + " levels";
    } else if (c == '"' && p.currentToken() == JsonToken.FIELD_NAME) {
      message = "a field name that is too long";
    } else if (c == '"') {
      message = "a string longer than " + limits.maxStringLength() + " characters";
    } else if (c == '-' || c >= '0' && c <= '9') {
      message = "a number with too many digits";
    } else {
      message = "the evidence file exceeds a size limit";
    }
    return new EvidenceProblem(file, "", line, column, message + where);
  }

  private EvidenceProblem malformed(JsonLocation at, String detail) {
    return new EvidenceProblem(file, "", at.getLineNr(), at.getColumnNr(),
        "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + detail);
  }
}
