package dev.kijun.collect.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the rows of a ledger table to devices: finds the header row, the column of each field, then reads every row
 * below it. Every problem in every cell is collected before failing; blank rows are skipped.
 */
final class LedgerMapper {
  /** How far down the header row is looked for when the mapping does not say. */
  static final int HEADER_SEARCH_ROWS = 30;

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
      ObjectNode device = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<LedgerField, Integer> e : columns.entrySet()) {
        LedgerField f = e.getKey();
        int c = e.getValue();
        String where = t.where(r, c, t.cell(header, c).display());
        if (f.required() && t.cell(r, c) instanceof CellValue.Blank) {
          problems.add(where + ": empty, but every device needs its " + f.name());
        }
        read(f, t.cell(r, c), where, today, problems).ifPresent(v -> device.put(f.name(), v));
      }
      if (device.has("id")) {
        String id = device.get("id").asText();
        String first = idAt.putIfAbsent(id, ColumnLetters.of(idColumn) + (r + 1));
        if (first != null) {
          problems.add(t.where(r, idColumn, t.cell(header, idColumn).display()) + ": \"" + id
              + "\" is already the id of the device in " + first + "; device ids must be unique");
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
    for (LedgerField f : fields) {
      if (f.required() && !columns.containsKey(f)) {
        problems.add(t.whereRow(header) + ": no column for " + f.name() + " (a header named " + or(f.headers())
            + "); name it with --columns");
      }
    }
    if (!unread.isEmpty()) {
      notes.add(t.whereRow(header) + ": columns not read: " + String.join(", ", unread));
    }
    List<String> absent = fields.stream().filter(f -> !f.required() && !columns.containsKey(f))
        .map(f -> f.name() + " (" + f.mainHeader() + ")").toList();
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

  private static Optional<String> read(LedgerField f, CellValue cell, String where, LocalDate today,
      List<String> problems) {
    if (cell instanceof CellValue.Blank) {
      return Optional.empty();
    }
    if (cell instanceof CellValue.Error e) {
      problems.add(where + ": the formula gives " + e.code() + ", not a value");
      return Optional.empty();
    }
    switch (f.type()) {
      case ENUM: {
        String word = cell.display();
        Optional<LedgerField.Choice> c = f.choice(word);
        if (c.isEmpty()) {
          problems.add(where + ": \"" + word + "\" is not one of "
              + String.join(", ", f.choices().stream().map(LedgerField.Choice::label).toList())
              + " (or " + String.join(", ", f.choices().stream().map(LedgerField.Choice::json).toList()) + ")");
        }
        return c.map(LedgerField.Choice::json);
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
        return Optional.of(d.date().get().toString());
      }
      default:
        return Optional.of(cell.display());
    }
  }

  private static String or(List<String> words) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }
}
