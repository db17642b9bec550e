package dev.kijun.collect.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the rows of a ledger table to devices: finds the header row, the column of each field, then reads every row
 * below it. Fields of a nested record ({@code timeSync.source}) build that record when any of its cells is filled.
 * Every problem in every cell is collected before failing; blank rows are skipped.
 */
final class LedgerMapper {
  /** How far down the header row is looked for when the mapping does not say. */
  static final int HEADER_SEARCH_ROWS = 30;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LedgerMapper() {}

  /** The devices read, each as its JSON object (without {@code adminCredential}), and notes for the user. */
  record Mapped(List<ObjectNode> devices, List<String> notes) {}

  static Mapped map(Table t, ColumnMapping mapping, LocalDate today) throws LedgerException {
    int header = headerRow(t, mapping);
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<LedgerField, Integer> columns = columns(t, header, mapping.fields(), problems, notes);
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    int idColumn = columns.get(field(mapping, "id"));
    List<ObjectNode> devices = new ArrayList<>();
    Map<String, String> idAt = new LinkedHashMap<>();
    for (int r = header + 1; r < t.rows().size(); r++) {
      int row = r;
      if (columns.values().stream().allMatch(c -> t.cell(row, c) instanceof CellValue.Blank)) {
        continue;
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      Set<String> groupsUsed = new LinkedHashSet<>();
      // Problems of one row are reported left to right, whichever check finds them.
      java.util.TreeMap<Integer, List<String>> rowProblems = new java.util.TreeMap<>();
      for (LedgerField f : mapping.fields()) {
        Integer c = columns.get(f);
        if (c == null) {
          continue;
        }
        CellValue cell = t.cell(r, c);
        if (!(cell instanceof CellValue.Blank)) {
          f.group().ifPresent(groupsUsed::add);
        }
        List<String> here = rowProblems.computeIfAbsent(c, k -> new ArrayList<>());
        read(f, cell, where(t, header, r, c), today, here).ifPresent(v -> values.put(f.name(), v));
      }
      for (LedgerField f : mapping.fields()) {
        Integer c = columns.get(f);
        boolean needed = f.required() && f.group().map(groupsUsed::contains).orElse(true);
        if (needed && c != null && t.cell(r, c) instanceof CellValue.Blank) {
          rowProblems.get(c).add(where(t, header, r, c) + ": empty, but " + f.group()
              .map(g -> "a " + g + " needs its " + f.leaf() + " when any of its columns is filled")
              .orElse("every device needs its " + f.name()));
        }
      }
      rowProblems.values().forEach(problems::addAll);
      ObjectNode device = nest(values, mapping.fields());
      if (device.has("id")) {
        String id = device.get("id").asText();
        String first = idAt.putIfAbsent(id, ColumnLetters.of(idColumn) + (r + 1));
        if (first != null) {
          problems.add(where(t, header, r, idColumn) + ": \"" + id + "\" is already the id of the device in " + first
              + "; device ids must be unique");
        }
      }
      devices.add(device);
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    if (devices.isEmpty()) {
      throw new LedgerException(t.whereRow(header) + ": the header row has no device rows below it");
    }
    return new Mapped(devices, notes);
  }

  /** The device object: top-level values, and each nested record's values gathered under its name. */
  private static ObjectNode nest(Map<String, JsonNode> values, List<LedgerField> fields) {
    ObjectNode device = NODES.objectNode();
    for (LedgerField f : fields) {
      JsonNode v = values.get(f.name());
      if (v == null) {
        continue;
      }
      if (f.group().isEmpty()) {
        device.set(f.name(), v);
      } else {
        JsonNode g = device.get(f.group().get());
        ObjectNode group = g instanceof ObjectNode o ? o : device.putObject(f.group().get());
        group.set(f.leaf(), v);
      }
    }
    return device;
  }

  private static String where(Table t, int header, int row, int column) {
    return t.where(row, column, t.cell(header, column).display());
  }

  private static LedgerField field(ColumnMapping m, String name) {
    return m.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static int headerRow(Table t, ColumnMapping mapping) throws LedgerException {
    LedgerField id = field(mapping, "id");
    if (mapping.headerRow().isPresent()) {
      int r = mapping.headerRow().getAsInt() - 1;
      if (t.width(r) == 0) {
        throw new LedgerException(t.whereRow(r) + ": the header row the column mapping names is empty");
      }
      return r;
    }
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, t.rows().size()); r++) {
      for (int c = 0; c < t.width(r); c++) {
        if (id.matchesHeader(t.cell(r, c).display())) {
          return r;
        }
      }
    }
    throw new LedgerException(t.file() + t.sheet().map(s -> " (sheet " + s + ")").orElse("") + ": no header row:"
        + " none of the first " + HEADER_SEARCH_ROWS + " rows has a column named " + or(id.headers())
        + "; name the id column with --columns");
  }

  private static Map<LedgerField, Integer> columns(Table t, int header, List<LedgerField> fields,
      List<String> problems, List<String> notes) {
    Map<LedgerField, Integer> columns = new LinkedHashMap<>();
    List<String> unread = new ArrayList<>();
    for (int c = 0; c < t.width(header); c++) {
      String text = t.cell(header, c).display();
      if (text.isEmpty()) {
        continue;
      }
      Optional<LedgerField> f = fields.stream().filter(x -> x.matchesHeader(text)).findFirst();
      if (f.isEmpty()) {
        unread.add(text + " (" + ColumnLetters.of(c) + ")");
        if (looksLikePassword(text)) {
          notes.add(t.where(header, c, text) + ": this column is not read: passwords never go into evidence; give"
              + " them to `kijun fingerprint` and pass its output with --credentials");
        }
        continue;
      }
      Integer first = columns.putIfAbsent(f.get(), c);
      if (first != null) {
        problems.add(t.where(header, c, text) + ": a second column for " + f.get().name() + "; the first is "
            + ColumnLetters.of(first) + " (" + t.cell(header, first).display() + ")");
      }
    }
    Set<String> groupsPresent = new LinkedHashSet<>();
    columns.keySet().forEach(f -> f.group().ifPresent(groupsPresent::add));
    for (LedgerField f : fields) {
      boolean needed = f.required() && f.group().map(groupsPresent::contains).orElse(true);
      if (needed && !columns.containsKey(f)) {
        problems.add(t.whereRow(header) + ": no column for " + f.name() + " (a header named " + or(f.headers())
            + ")" + f.group().map(g -> ", which a " + g + " needs beside the " + g + " columns present").orElse("")
            + "; name it with --columns");
      }
    }
    if (!unread.isEmpty()) {
      notes.add(t.whereRow(header) + ": columns not read: " + String.join(", ", unread));
    }
    Set<String> absent = new LinkedHashSet<>();
    for (LedgerField f : fields) {
      if (!f.required() || f.group().isPresent()) {
        String key = f.group().orElse(f.name());
        if (!columns.containsKey(f) && !groupsPresent.contains(key)) {
          absent.add(f.group().isPresent() ? key : f.name() + " (" + f.mainHeader() + ")");
        }
      }
    }
    if (!absent.isEmpty()) {
      notes.add(t.whereRow(header) + ": no column for " + String.join(", ", absent)
          + ": left out of every device (not collected)");
    }
    return columns;
  }

  private static boolean looksLikePassword(String header) {
    String h = LedgerField.normalise(header);
    return h.contains("パスワード") || h.contains("password") || h.contains("暗証");
  }

  private static Optional<JsonNode> read(LedgerField f, CellValue cell, String where, LocalDate today,
      List<String> problems) {
    if (cell instanceof CellValue.Blank) {
      return Optional.empty();
    }
    if (cell instanceof CellValue.Error e) {
      problems.add(where + ": the formula gives " + e.code() + ", not a value");
      return Optional.empty();
    }
    switch (f.type()) {
      case ENUM:
        return choice(f, cell.display(), where, problems).map(NODES::textNode);
      case ENUM_LIST: {
        ArrayNode list = NODES.arrayNode();
        boolean ok = true;
        for (String word : split(cell.display())) {
          Optional<String> c = choice(f, word, where, problems);
          ok &= c.isPresent();
          c.ifPresent(list::add);
        }
        return ok ? Optional.of(list) : Optional.empty();
      }
      case STRING_LIST: {
        ArrayNode list = NODES.arrayNode();
        split(cell.display()).forEach(list::add);
        return Optional.of(list);
      }
      case DATE: {
        CellDates.Parsed d = CellDates.parse(cell);
        if (d.date().isEmpty()) {
          problems.add(where + ": " + d.problem());
          return Optional.empty();
        }
        if (d.date().get().isAfter(today)) {
          problems.add(where + ": " + d.date().get() + " is in the future (today is " + today + ")");
          return Optional.empty();
        }
        return Optional.of(NODES.textNode(d.date().get().toString()));
      }
      case BOOLEAN: {
        Optional<Boolean> b = cell instanceof CellValue.Bool x ? Optional.of(x.value()) : bool(cell.display());
        if (b.isEmpty()) {
          problems.add(where + ": \"" + cell.display() + "\" is not はい or いいえ (or yes, no, true, false)");
        }
        return b.map(NODES::booleanNode);
      }
      case INTEGER: {
        Optional<Long> n = integer(cell);
        if (n.isEmpty()) {
          problems.add(where + ": \"" + cell.display() + "\" is not a whole number");
        }
        return n.map(NODES::numberNode);
      }
      default:
        return Optional.of(NODES.textNode(cell.display()));
    }
  }

  private static Optional<String> choice(LedgerField f, String word, String where, List<String> problems) {
    Optional<LedgerField.Choice> c = f.choice(word);
    if (c.isEmpty()) {
      List<String> labels = f.choices().stream().map(LedgerField.Choice::label).toList();
      List<String> json = f.choices().stream().map(LedgerField.Choice::json).toList();
      problems.add(where + ": \"" + word + "\" is not one of " + String.join(", ", labels)
          + (labels.equals(json) ? "" : " (or " + String.join(", ", json) + ")"));
    }
    return c.map(LedgerField.Choice::json);
  }

  /** The parts of a list cell: separated by commas (full-width too), 、, semicolons or line breaks. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    for (String p : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).split("[,;\u3001\\n]")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }

  private static Optional<Boolean> bool(String text) {
    String t = LedgerField.normalise(text);
    if (List.of("はい", "yes", "true", "○", "〇").contains(t)) {
      return Optional.of(true);
    }
    if (List.of("いいえ", "no", "false", "×").contains(t)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static Optional<Long> integer(CellValue cell) {
    try {
      BigDecimal d = cell instanceof CellValue.Number n ? n.value()
          : new BigDecimal(java.text.Normalizer.normalize(cell.display(), java.text.Normalizer.Form.NFKC).strip());
      return Optional.of(d.longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String or(List<String> words) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }
}
