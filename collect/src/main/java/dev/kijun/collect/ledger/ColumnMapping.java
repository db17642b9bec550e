package dev.kijun.collect.ledger;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A facility's own column layout, given as a small JSON file:
 *
 * <pre>{@code
 * {
 *   "sheet": "機器台帳",                       // which sheet of a workbook (default: the first)
 *   "headerRow": 3,                            // the row holding the headers (default: found by the id column)
 *   "columns": { "id": "資産番号", "kind": ["分類", "区分"] },
 *   "values": { "kind": { "PC": "client-pc", "サーバー機": "server" } }
 * }
 * }</pre>
 *
 * {@code columns} replaces the headers a field is recognised by; {@code values} adds words for enumeration values.
 * Every key is optional; an unknown key, field or value is an error naming its JSON path.
 */
public record ColumnMapping(Optional<String> sheet, OptionalInt headerRow, List<LedgerField> fields) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> KEYS = Set.of("sheet", "headerRow", "columns", "values");

  public ColumnMapping {
    fields = List.copyOf(fields);
  }

  /** The default layout over {@code fields}. */
  public static ColumnMapping defaults(List<LedgerField> fields) {
    return new ColumnMapping(Optional.empty(), OptionalInt.empty(), fields);
  }

  /** Reads a mapping file named {@code file} over the default {@code fields}. */
  public static ColumnMapping parse(String file, String text, List<LedgerField> fields) throws LedgerException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonParseException e) {
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new LedgerException(file + at + ": malformed JSON: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw new LedgerException(file + ": malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new LedgerException(file + ": expected a JSON object with `columns`, `values`, `sheet` or `headerRow`");
    }
    List<String> problems = new ArrayList<>();
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k)) {
        problems.add(file + ": `" + k + "`: unknown key; the keys are sheet, headerRow, columns and values");
      }
    });
    Optional<String> sheet = Optional.empty();
    JsonNode s = root.get("sheet");
    if (s != null && (!s.isTextual() || s.asText().isBlank())) {
      problems.add(file + ": `sheet`: expected the name of a sheet");
    } else if (s != null) {
      sheet = Optional.of(s.asText());
    }
    OptionalInt headerRow = OptionalInt.empty();
    JsonNode h = root.get("headerRow");
    if (h != null && (!h.canConvertToExactIntegral() || h.asInt() < 1 || h.asInt() > WorkbookTable.MAX_ROWS)) {
      problems.add(file + ": `headerRow`: expected a row number (1 for the first row)");
    } else if (h != null) {
      headerRow = OptionalInt.of(h.asInt());
    }
    Map<String, LedgerField> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    columns(file, root.get("columns"), byName, problems);
    values(file, root.get("values"), byName, problems);
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    return new ColumnMapping(sheet, headerRow, new ArrayList<>(byName.values()));
  }

  private static void columns(String file, JsonNode node, Map<String, LedgerField> byName, List<String> problems) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      problems.add(file + ": `columns`: expected an object from field name to header");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = file + ": `columns." + e.getKey() + "`";
      LedgerField f = byName.get(e.getKey());
      if (f == null) {
        problems.add(path + ": " + unknownField(e.getKey(), byName));
        continue;
      }
      List<String> headers = new ArrayList<>();
      if (e.getValue().isTextual()) {
        headers.add(e.getValue().asText());
      } else if (e.getValue().isArray()) {
        e.getValue().forEach(x -> headers.add(x.isTextual() ? x.asText() : ""));
      }
      if (headers.isEmpty() || headers.stream().anyMatch(String::isBlank)) {
        problems.add(path + ": expected a header name, or a list of header names");
        continue;
      }
      byName.put(f.name(), f.withHeaders(headers));
    }
  }

  private static void values(String file, JsonNode node, Map<String, LedgerField> byName, List<String> problems) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      problems.add(file + ": `values`: expected an object from field name to {word: value}");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = file + ": `values." + e.getKey() + "`";
      LedgerField f = byName.get(e.getKey());
      if (f == null || (f.type() != LedgerField.Type.ENUM && f.type() != LedgerField.Type.ENUM_LIST)) {
        problems.add(path + ": " + (f == null ? unknownField(e.getKey(), byName)
            : "`" + e.getKey() + "` is not a field with a fixed set of values"));
        continue;
      }
      if (!e.getValue().isObject()) {
        problems.add(path + ": expected an object from a word in the ledger to a value");
        continue;
      }
      List<LedgerField.Choice> choices = new ArrayList<>(f.choices());
      for (Iterator<Map.Entry<String, JsonNode>> words = e.getValue().fields(); words.hasNext();) {
        Map.Entry<String, JsonNode> w = words.next();
        String target = w.getValue().asText("");
        int i = indexOf(choices, target);
        if (!w.getValue().isTextual() || i < 0) {
          problems.add(file + ": `values." + e.getKey() + "." + w.getKey() + "`: expected one of "
              + String.join(", ", f.choices().stream().map(LedgerField.Choice::json).toList()));
          continue;
        }
        LedgerField.Choice c = choices.get(i);
        List<String> aliases = new ArrayList<>(c.aliases());
        aliases.add(w.getKey());
        choices.set(i, new LedgerField.Choice(c.json(), c.label(), aliases));
      }
      byName.put(f.name(), new LedgerField(f.name(), f.type(), f.required(), f.headers(), choices));
    }
  }

  private static int indexOf(List<LedgerField.Choice> choices, String json) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).json().equals(json)) {
        return i;
      }
    }
    return -1;
  }

  private static String unknownField(String name, Map<String, LedgerField> byName) {
    return "`" + name + "` is not a ledger field; the fields are " + String.join(", ", byName.keySet());
  }
}
