package dev.kijun.collect.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file per RFC 4180: comma-separated fields, records ending in CRLF, LF or CR, fields in double quotes
 * may hold commas, line breaks and doubled quotes ({@code ""}). A quote inside an unquoted field, text after a
 * closing quote and a quote left open are errors naming the cell. Rows are counted as records, so a cell reference
 * matches the row number a spreadsheet shows for the same file.
 */
public final class CsvTable {
  private CsvTable() {}

  /** The table of {@code bytes}, decoded by {@link TextDecoding}; the note says how it was decoded, if not UTF-8. */
  public static Read read(String file, byte[] bytes) throws LedgerException {
    TextDecoding.Decoded decoded = TextDecoding.decode(file, bytes);
    return new Read(parse(file, decoded.text()), decoded.note());
  }

  /** A table and the note on its encoding. */
  public record Read(Table table, Optional<String> note) {}

  static Table parse(String file, String text) throws LedgerException {
    List<List<CellValue>> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<CellValue> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int n = text.length();
    boolean atFieldStart = true;
    boolean quoted = false;
    boolean closed = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
          closed = true;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == ',' || c == '\n' || c == '\r') {
        row.add(CellValue.text(field.toString()));
        field.setLength(0);
        atFieldStart = true;
        closed = false;
        if (c != ',') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          rows.add(trim(row));
          row = new ArrayList<>();
        }
        i++;
        continue;
      }
      String problem = c == '"' && !atFieldStart
          ? ": a double quote inside a field that does not start with one; quote the whole field and double the"
              + " quote (\"\")"
          : closed ? ": text after the closing double quote of a quoted field" : null;
      if (problem != null) {
        // Recover at the end of the physical line, so one bad field does not hide the problems of later rows.
        problems.add(where(file, rows.size(), row.size()) + problem);
        field.setLength(0);
        closed = false;
        i = skipToLineEnd(text, i);
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else {
        field.append(c);
      }
      atFieldStart = false;
      i++;
    }
    if (quoted) {
      problems.add(where(file, rows.size(), row.size()) + ": a double quote opens a field that is never closed");
    } else if (field.length() > 0 || closed || !row.isEmpty()) {
      row.add(CellValue.text(field.toString()));
      rows.add(trim(row));
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    return new Table(file, Optional.empty(), rows);
  }

  /** The index of the next line break (or the end): where parsing resumes after an error. */
  private static int skipToLineEnd(String text, int i) {
    int k = i;
    while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
      k++;
    }
    return k;
  }

  private static List<CellValue> trim(List<CellValue> row) {
    int end = row.size();
    while (end > 0 && row.get(end - 1) instanceof CellValue.Blank) {
      end--;
    }
    return new ArrayList<>(row.subList(0, end));
  }

  private static String where(String file, int row, int column) {
    return file + ": " + ColumnLetters.of(column) + (row + 1);
  }
}
