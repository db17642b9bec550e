package dev.kijun.collect.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The cells of one sheet (or one CSV file), row by row from row 1; rows may differ in length and a missing cell is
 * blank. {@code file} is the name the user gave; {@code sheet} is empty for CSV. Locations are spelled as a
 * spreadsheet user reads them: {@code ledger.xlsx: Sheet1!D7 (種別)}.
 */
public record Table(String file, Optional<String> sheet, List<List<CellValue>> rows) {
  public Table {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The cell at zero-based {@code row} and {@code column}; blank outside the data. */
  public CellValue cell(int row, int column) {
    if (row < 0 || row >= rows.size()) {
      return CellValue.BLANK;
    }
    List<CellValue> r = rows.get(row);
    return column < r.size() ? r.get(column) : CellValue.BLANK;
  }

  /** The number of cells in row {@code row}, counting up to its last non-blank one. */
  public int width(int row) {
    return row < 0 || row >= rows.size() ? 0 : rows.get(row).size();
  }

  /** {@code file: Sheet1!D7 (header)}, or {@code file: D7 (header)} for CSV; {@code header} may be empty. */
  public String where(int row, int column, String header) {
    String ref = ColumnLetters.of(column) + (row + 1);
    String qualified = sheet.map(s -> quoteSheet(s) + "!" + ref).orElse(ref);
    return file + ": " + qualified + (header.isEmpty() ? "" : " (" + header + ")");
  }

  /** {@code file: Sheet1 row 7}, or {@code file: row 7}. */
  public String whereRow(int row) {
    return file + ": " + sheet.map(s -> quoteSheet(s) + " ").orElse("") + "row " + (row + 1);
  }

  /** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits and _. */
  static String quoteSheet(String name) {
    return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_') ? name
        : "'" + name.replace("'", "''") + "'";
  }
}
