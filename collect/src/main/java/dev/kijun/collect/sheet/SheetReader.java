package dev.kijun.collect.sheet;

import dev.kijun.collect.ledger.CellDates;
import dev.kijun.collect.ledger.CellValue;
import dev.kijun.collect.ledger.ColumnLetters;
import dev.kijun.collect.ledger.LedgerException;
import dev.kijun.collect.ledger.SpreadsheetFile;
import dev.kijun.collect.ledger.Table;
import dev.kijun.collect.ledger.WorkbookTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a filled checklist sheet written by {@link SheetWriter}: the edition from the 版 cell, the columns from the
 * header row (by their text, so moved columns still work), and one answer per item row. Every problem is collected
 * and named by its cell ({@code r7.xlsx: チェックリスト!G12 (目標日)}); an answer needs the date it was checked,
 * いいえ needs a target date on or after it, and no date may lie after {@code today}.
 */
public final class SheetReader {
  private SheetReader() {}

  /**
   * What a sheet holds.
   *
   * @param editionKey the edition the sheet belongs to
   * @param items      every item id on the sheet, in order, answered or not
   * @param answers    the answered rows, in order
   */
  public record Result(String editionKey, List<String> items, List<SheetAnswer> answers) {
    public Result {
      items = List.copyOf(items);
      answers = List.copyOf(answers);
    }
  }

  /**
   * Reads the first sheet of the workbook {@code bytes}, named {@code file} in messages. {@code known} gives the
   * item ids the edition has, when the caller knows them; an id outside it is an error.
   */
  public static Result read(String file, byte[] bytes, Optional<Set<String>> known, LocalDate today)
      throws LedgerException {
    if (!SpreadsheetFile.isWorkbook(bytes)) {
      throw new LedgerException(file + ": not an Excel workbook; give the .xlsx written by `kijun sheet`");
    }
    Table t = WorkbookTable.read(file, bytes, Optional.empty());
    String edition = edition(t);
    int header = headerRow(t);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int c = 0; c < t.width(header); c++) {
      String h = t.cell(header, c).display();
      if (SheetLayout.COLUMNS.contains(h)) {
        col.putIfAbsent(h, c);
      }
    }
    List<String> problems = new ArrayList<>();
    for (String required : List.of(SheetLayout.ID, SheetLayout.ANSWER, SheetLayout.CHECKED, SheetLayout.TARGET_DATE)) {
      if (!col.containsKey(required)) {
        problems.add(t.whereRow(header) + ": no column headed " + required);
      }
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    List<String> items = new ArrayList<>();
    List<SheetAnswer> answers = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (int r = header + 1; r < t.rows().size(); r++) {
      String id = t.cell(r, col.get(SheetLayout.ID)).display();
      if (id.isEmpty()) {
        continue;
      }
      Cells cells = new Cells(t, r, col);
      String first = seen.putIfAbsent(id, ColumnLetters.of(col.get(SheetLayout.ID)) + (r + 1));
      if (first != null) {
        problems.add(cells.where(SheetLayout.ID) + ": item " + id + " is already on row " + first);
        continue;
      }
      if (known.isPresent() && !known.get().contains(id)) {
        problems.add(cells.where(SheetLayout.ID) + ": `" + id + "` is not a question of " + edition);
        continue;
      }
      items.add(id);
      row(id, cells, today, problems).ifPresent(answers::add);
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    if (items.isEmpty()) {
      throw new LedgerException(t.whereRow(header) + ": no item rows below the header");
    }
    return new Result(edition, items, answers);
  }

  private static Optional<SheetAnswer> row(String id, Cells cells, LocalDate today, List<String> problems) {
    CellValue answerCell = cells.get(SheetLayout.ANSWER);
    CellValue checkedCell = cells.get(SheetLayout.CHECKED);
    CellValue targetCell = cells.get(SheetLayout.TARGET_DATE);
    Optional<String> remarks = Optional.of(cells.get(SheetLayout.REMARKS).display()).filter(s -> !s.isEmpty());
    if (answerCell instanceof CellValue.Blank) {
      for (String h : List.of(SheetLayout.CHECKED, SheetLayout.TARGET_DATE, SheetLayout.REMARKS)) {
        if (!(cells.get(h) instanceof CellValue.Blank)) {
          problems.add(cells.where(SheetLayout.ANSWER) + ": empty, but " + h + " is filled; choose はい, いいえ or 該当なし"
              + " (or clear the row)");
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
    int before = problems.size();
    Optional<Answer> answer = Answer.of(answerCell.display());
    if (answer.isEmpty()) {
      problems.add(cells.where(SheetLayout.ANSWER) + ": \"" + answerCell.display() + "\" is not one of はい, いいえ, 該当なし");
    }
    Optional<LocalDate> checked = Optional.empty();
    if (checkedCell instanceof CellValue.Blank) {
      problems.add(cells.where(SheetLayout.CHECKED) + ": empty; every answer needs the date it was checked");
    } else {
      checked = date(cells, SheetLayout.CHECKED, today, problems);
    }
    Optional<LocalDate> target = Optional.empty();
    if (targetCell instanceof CellValue.Blank) {
      if (answer.orElse(null) == Answer.NO) {
        problems.add(cells.where(SheetLayout.TARGET_DATE) + ": empty; いいえ needs a target date (the date by which"
            + " the item will be done)");
      }
    } else {
      Optional<LocalDate> parsed = dateOnly(cells, SheetLayout.TARGET_DATE, problems);
      if (parsed.isPresent() && checked.isPresent() && parsed.get().isBefore(checked.get())) {
        problems.add(cells.where(SheetLayout.TARGET_DATE) + ": " + parsed.get() + " is before the date checked ("
            + checked.get() + ")");
      }
      target = parsed;
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new SheetAnswer(id, answer.orElseThrow(), checked.orElseThrow(), target, remarks));
  }

  private static Optional<LocalDate> date(Cells cells, String header, LocalDate today, List<String> problems) {
    Optional<LocalDate> d = dateOnly(cells, header, problems);
    if (d.isPresent() && d.get().isAfter(today)) {
      problems.add(cells.where(header) + ": " + d.get() + " is in the future (today is " + today + ")");
      return Optional.empty();
    }
    return d;
  }

  private static Optional<LocalDate> dateOnly(Cells cells, String header, List<String> problems) {
    CellDates.Parsed p = CellDates.parse(cells.get(header));
    if (p.date().isEmpty()) {
      problems.add(cells.where(header) + ": " + p.problem());
    }
    return p.date();
  }

  private static String edition(Table t) throws LedgerException {
    for (int r = 0; r < Math.min(SheetLayout.SEARCH_ROWS, t.rows().size()); r++) {
      for (int c = 0; c < t.width(r); c++) {
        if (t.cell(r, c).display().equals(SheetLayout.EDITION_LABEL)) {
          String key = t.cell(r, c + 1).display();
          if (!key.matches("[a-z0-9][a-z0-9-]*@[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw new LedgerException(t.where(r, c + 1, SheetLayout.EDITION_LABEL) + ": \"" + key + "\" is not an"
                + " edition key such as mhlw-checklist@R7");
          }
          return key;
        }
      }
    }
    throw new LedgerException(t.file() + ": not a kijun checklist sheet: no " + SheetLayout.EDITION_LABEL
        + " (edition) cell in the first " + SheetLayout.SEARCH_ROWS + " rows; write the sheet with `kijun sheet`");
  }

  private static int headerRow(Table t) throws LedgerException {
    for (int r = 0; r < Math.min(SheetLayout.SEARCH_ROWS, t.rows().size()); r++) {
      boolean id = false;
      boolean answer = false;
      for (int c = 0; c < t.width(r); c++) {
        id |= t.cell(r, c).display().equals(SheetLayout.ID);
        answer |= t.cell(r, c).display().equals(SheetLayout.ANSWER);
      }
      if (id && answer) {
        return r;
      }
    }
    throw new LedgerException(t.file() + ": no header row with " + SheetLayout.ID + " and " + SheetLayout.ANSWER
        + " in the first " + SheetLayout.SEARCH_ROWS + " rows");
  }

  /** The cells of one item row, by header. */
  private record Cells(Table t, int row, Map<String, Integer> col) {
    CellValue get(String header) {
      Integer c = col.get(header);
      return c == null ? CellValue.BLANK : t.cell(row, c);
    }

    String where(String header) {
      return t.where(row, col.get(header), header);
    }
  }
}
