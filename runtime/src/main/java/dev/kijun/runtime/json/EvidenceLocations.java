package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of an evidence file stands (1-based line and column), by evidence path in the spelling that
 * findings and problems use ({@code facts.endpoints[2].tls.versions[0]}, {@code answers["doc@1/2.1"]}). Columns
 * count UTF-16 code units, as SARIF's default {@code columnKind} does. Built from bytes that have already been
 * loaded; text that is not well-formed JSON yields the locations read before the first error.
 */
public final class EvidenceLocations {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String FACTS = "facts";
  /** Envelope entries that findings name by clause, e.g. {@code answers["doc@1/2.1"]}, even when the file lacks them. */
  private static final java.util.Set<String> ENVELOPE_MAPS = java.util.Set.of("answers", "reviews", "waivers");

  private final Map<String, Position> byPath;
  private final Position whole;

  private EvidenceLocations(Map<String, Position> byPath, Position whole) {
    this.byPath = byPath;
    this.whole = whole;
  }

  /**
   * Where a value starts and ends: 1-based lines and columns, the end column just past the value's last character
   * (for objects and lists, past the closing bracket).
   */
  public record Position(int line, int column, int endLine, int endColumn) {}

  /** The locations of every value in {@code json} (UTF-8, an optional byte-order mark is skipped). */
  public static EvidenceLocations of(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      // Columns count from the first character after the mark, as editors show them.
      text = text.substring(1);
    }
    Map<String, Position> found = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      walk(p, p.nextToken(), "", found);
    } catch (IOException e) {
      // Evidence is loaded before it is located, so this is text that did not load; keep what was read.
    }
    String[] lines = text.split("\n", -1);
    Position whole = new Position(1, 1, lines.length, lines[lines.length - 1].length() + 1);
    return new EvidenceLocations(Map.copyOf(found), whole);
  }

  /** No locations at all (e.g. for evidence whose bytes are gone). */
  public static EvidenceLocations none() {
    return new EvidenceLocations(Map.of(), null);
  }

  /** The whole file, from its first character to past its last; empty for {@link #none()}. */
  public Optional<Position> wholeFile() {
    return Optional.ofNullable(whole);
  }

  /** The position of the value at a full path ({@code facts.devices[0]}), if the file holds it. */
  public Optional<Position> at(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /**
   * The position for a finding's evidence path: paths into the facts are written relative to {@code facts}
   * ({@code devices[0].lastSecurityPatch}), envelope paths from the root ({@code answers["doc@1/2.1"]}). A path
   * the file does not hold (a missing value) resolves to its nearest enclosing value that it does hold.
   */
  public Optional<Position> ofFinding(String evidencePath) {
    if (evidencePath.isEmpty()) {
      return at(FACTS);
    }
    String inFacts = FACTS + (evidencePath.startsWith("[") ? "" : ".") + evidencePath;
    String first = evidencePath.split("[.\\[]", 2)[0];
    boolean envelope = !byPath.containsKey(FACTS + "." + first)
        && (byPath.containsKey(first) || ENVELOPE_MAPS.contains(first));
    for (String p = envelope ? evidencePath : inFacts; !p.isEmpty(); p = parent(p)) {
      Position pos = byPath.get(p);
      if (pos != null) {
        return Optional.of(pos);
      }
    }
    return Optional.empty();
  }

  /** {@code a.b[2]} → {@code a.b} → {@code a} → "". Quoted keys may hold dots and brackets, so scan from the end. */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.endsWith("\"]") ? path.lastIndexOf("[\"") : path.lastIndexOf('[');
      return open <= 0 ? "" : path.substring(0, open);
    }
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf(']');
    return dot > bracket && dot > 0 ? path.substring(0, dot) : (bracket > 0 ? path.substring(0, bracket + 1) : "");
  }

  private static void walk(JsonParser p, JsonToken token, String path, Map<String, Position> found)
      throws IOException {
    if (token == null) {
      return;
    }
    JsonLocation at = p.currentTokenLocation();
    if (token == JsonToken.START_OBJECT) {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String child = JsonPaths.field(path, p.currentName());
        walk(p, p.nextToken(), child, found);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
        walk(p, t, JsonPaths.index(path, i++), found);
      }
    } else {
      // Strings are read lazily; finishing the token moves the parser past its closing quote.
      p.finishToken();
    }
    JsonLocation end = p.currentLocation();
    found.putIfAbsent(path, new Position(at.getLineNr(), at.getColumnNr(), end.getLineNr(), end.getColumnNr()));
  }
}
