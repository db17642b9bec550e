package dev.kijun.collect.sheet;

import dev.kijun.collect.ledger.PoiLogging;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out one checklist form as an .xlsx workbook like MHLW's form: title and form name, a notice that the
 * questions are paraphrases and that the sheet records answers, then one row per item in official order (number,
 * id, question, target-system tag, answer as a drop-down of はい/いいえ/該当なし, date checked, target date,
 * remarks) under section headings. Answers given (e.g. carried from last year by {@code kijun migrate}) are filled in.
 * The bytes are the same for the same input: document properties are set explicitly and the ZIP entries carry a
 * fixed time ({@link DeterministicZip}).
 */
public final class SheetWriter {
  private SheetWriter() {}

  /** The workbook's bytes; {@code answers} by item id fill the answer cells ({@code carried} adds a notice). */
  public static byte[] write(ChecklistForm form, Map<String, SheetAnswer> answers) {
    PoiLogging.quiet();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      XSSFSheet sheet = wb.createSheet(SheetLayout.SHEET_NAME);
      for (int c = 0; c < SheetLayout.WIDTHS.length; c++) {
        sheet.setColumnWidth(c, SheetLayout.WIDTHS[c] * 256 + 200);
      }
      header(sheet, st, form, !answers.isEmpty());
      List<Integer> itemRows = new ArrayList<>();
      int r = SheetLayout.HEADER_ROW + 1;
      for (ChecklistForm.Row row : form.rows()) {
        Row x = sheet.createRow(r);
        if (row instanceof ChecklistForm.Heading h) {
          // The ID column stays empty on a heading row: that is how the reader tells headings from items.
          cell(x, 0, h.number(), st.heading);
          cell(x, 1, "", st.heading);
          cell(x, 2, h.title(), st.heading);
          for (int c = 3; c < SheetLayout.COLUMNS.size(); c++) {
            cell(x, c, "", st.heading);
          }
          sheet.addMergedRegion(new CellRangeAddress(r, r, 2, SheetLayout.COLUMNS.size() - 1));
        } else {
          ChecklistForm.Item item = (ChecklistForm.Item) row;
          item(x, st, item, Optional.ofNullable(answers.get(item.id())));
          itemRows.add(r);
        }
        r++;
      }
      validations(sheet, itemRows);
      page(wb, sheet);
      properties(wb, form);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return DeterministicZip.normalise(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("writing a workbook to memory cannot fail", e);
    }
  }

  private static void header(XSSFSheet sheet, Styles st, ChecklistForm form, boolean carried) {
    int last = SheetLayout.COLUMNS.size() - 1;
    Row title = sheet.createRow(SheetLayout.TITLE_ROW);
    title.setHeightInPoints(24);
    // MHLW prints the form's name in the title, e.g. 「…令和7年度版(医療機関確認用)」.
    String text = form.documentTitle().contains(form.formTitle()) ? form.documentTitle()
        : form.documentTitle() + "(" + form.formTitle() + ")";
    cell(title, 0, text, st.title);
    sheet.addMergedRegion(new CellRangeAddress(SheetLayout.TITLE_ROW, SheetLayout.TITLE_ROW, 0, last));
    Row ed = sheet.createRow(SheetLayout.EDITION_ROW);
    cell(ed, 0, SheetLayout.EDITION_LABEL, st.label);
    cell(ed, 1, form.editionKey(), st.plain);
    sheet.addMergedRegion(new CellRangeAddress(SheetLayout.EDITION_ROW, SheetLayout.EDITION_ROW, 1, 2));
    cell(ed, 3, SheetLayout.FORM_LABEL, st.label);
    cell(ed, 4, form.formTitle() + " (" + form.formName() + ")", st.plain);
    sheet.addMergedRegion(new CellRangeAddress(SheetLayout.EDITION_ROW, SheetLayout.EDITION_ROW, 4, last));
    Row notice = sheet.createRow(SheetLayout.NOTICE_ROW);
    notice.setHeightInPoints(58);
    cell(notice, 0, SheetLayout.NOTICE, st.notice);
    sheet.addMergedRegion(new CellRangeAddress(SheetLayout.NOTICE_ROW, SheetLayout.NOTICE_ROW, 0, last));
    Row how = sheet.createRow(SheetLayout.INSTRUCTION_ROW);
    how.setHeightInPoints(carried ? 44 : 30);
    cell(how, 0, SheetLayout.INSTRUCTIONS + (carried ? "\n" + SheetLayout.CARRIED : ""), st.wrap);
    sheet.addMergedRegion(new CellRangeAddress(SheetLayout.INSTRUCTION_ROW, SheetLayout.INSTRUCTION_ROW, 0, last));
    Row head = sheet.createRow(SheetLayout.HEADER_ROW);
    for (int c = 0; c < SheetLayout.COLUMNS.size(); c++) {
      cell(head, c, SheetLayout.COLUMNS.get(c), st.header);
    }
    sheet.createFreezePane(0, SheetLayout.HEADER_ROW + 1);
  }

  private static void item(Row x, Styles st, ChecklistForm.Item item, Optional<SheetAnswer> a) {
    cell(x, 0, item.number(), st.center);
    cell(x, 1, item.id(), st.id);
    cell(x, 2, item.question(), st.text);
    cell(x, 3, item.targets(), st.text);
    Cell answer = x.createCell(SheetLayout.column(SheetLayout.ANSWER));
    answer.setCellStyle(st.input);
    a.ifPresent(v -> answer.setCellValue(v.answer().label()));
    Cell checked = x.createCell(SheetLayout.column(SheetLayout.CHECKED));
    checked.setCellStyle(st.date);
    a.ifPresent(v -> checked.setCellValue(v.checkedOn()));
    Cell target = x.createCell(SheetLayout.column(SheetLayout.TARGET_DATE));
    target.setCellStyle(st.date);
    a.flatMap(SheetAnswer::targetDate).ifPresent(target::setCellValue);
    Cell remarks = x.createCell(SheetLayout.column(SheetLayout.REMARKS));
    remarks.setCellStyle(st.input);
    a.flatMap(SheetAnswer::remarks).ifPresent(remarks::setCellValue);
    // Spreadsheet programs do not grow a row for wrapped text written by a program: set the height it needs.
    int lines = Math.max(lines(item.question(), SheetLayout.WIDTHS[2]), Math.max(lines(item.targets(),
        SheetLayout.WIDTHS[3]), lines(a.flatMap(SheetAnswer::remarks).orElse(""), SheetLayout.WIDTHS[7])));
    x.setHeightInPoints(LINE_POINTS * lines + 2);
  }

  /** The height of one line of 11-point text, Japanese included. */
  static final float LINE_POINTS = 15f;

  /** How many lines {@code text} takes in a column {@code width} characters wide (a full-width character counts 2). */
  static int lines(String text, int width) {
    int lines = 1;
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
        used = 0;
        continue;
      }
      int w = c < 0x2E80 || (c >= 0xFF61 && c <= 0xFF9F) ? 1 : 2;
      if (used + w > width) {
        lines++;
        used = 0;
      }
      used += w;
    }
    return lines;
  }

  private static void validations(XSSFSheet sheet, List<Integer> rows) {
    if (rows.isEmpty()) {
      return;
    }
    DataValidationHelper dv = sheet.getDataValidationHelper();
    String[] words = java.util.Arrays.stream(Answer.values()).map(Answer::label).toArray(String[]::new);
    add(sheet, dv, dv.createExplicitListConstraint(words), rows, SheetLayout.column(SheetLayout.ANSWER),
        "回答", "「はい」「いいえ」「該当なし」から選んでください。");
    DataValidationConstraint dates = dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
        "DATE(2000,1,1)", "DATE(2100,12,31)", null);
    add(sheet, dv, dates, rows, SheetLayout.column(SheetLayout.CHECKED), "確認日", "日付を入力してください(例 2026-10-20)。");
    add(sheet, dv, dates, rows, SheetLayout.column(SheetLayout.TARGET_DATE), "目標日",
        "日付を入力してください(例 2027-03-31)。");
  }

  private static void add(XSSFSheet sheet, DataValidationHelper dv, DataValidationConstraint constraint,
      List<Integer> rows, int column, String title, String text) {
    CellRangeAddressList where = new CellRangeAddressList();
    rows.forEach(r -> where.addCellRangeAddress(r, column, r, column));
    DataValidation v = dv.createValidation(constraint, where);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox(title, text);
    v.setEmptyCellAllowed(true);
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  private static void page(XSSFWorkbook wb, XSSFSheet sheet) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(new CellRangeAddress(SheetLayout.HEADER_ROW, SheetLayout.HEADER_ROW, -1, -1));
    wb.setPrintArea(0, 0, SheetLayout.COLUMNS.size() - 1, 0, Math.max(sheet.getLastRowNum(), SheetLayout.HEADER_ROW));
  }

  private static void properties(XSSFWorkbook wb, ChecklistForm form) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    Date fixed = Date.from(form.published().atStartOfDay().toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    core.setCreator("kijun");
    core.setLastModifiedByUser("kijun");
    core.setTitle(form.documentTitle() + " " + form.formTitle());
    core.setSubjectProperty(form.editionKey() + " " + form.formName());
    core.setDescription("Questions are kijun's paraphrases, not the official text; the sheet records answers and is"
        + " not a claim of compliance.");
    POIXMLProperties.ExtendedProperties ext = wb.getProperties().getExtendedProperties();
    ext.setApplication("kijun");
  }

  private static Cell cell(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    c.setCellStyle(style);
    return c;
  }

  /** The few cell styles the sheet uses. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle notice;
    final CellStyle wrap;
    final CellStyle header;
    final CellStyle heading;
    final CellStyle center;
    final CellStyle id;
    final CellStyle text;
    final CellStyle input;
    final CellStyle date;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font small = wb.createFont();
      small.setFontHeightInPoints((short) 9);
      Font grey = wb.createFont();
      grey.setFontHeightInPoints((short) 9);
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      title = wb.createCellStyle();
      title.setFont(big);
      label = wb.createCellStyle();
      label.setFont(bold);
      plain = wb.createCellStyle();
      notice = wb.createCellStyle();
      notice.setFont(small);
      notice.setWrapText(true);
      notice.setVerticalAlignment(VerticalAlignment.TOP);
      notice.setBorderTop(BorderStyle.THIN);
      notice.setBorderBottom(BorderStyle.THIN);
      notice.setBorderLeft(BorderStyle.THIN);
      notice.setBorderRight(BorderStyle.THIN);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      header = boxed(wb);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      fill(header, IndexedColors.GREY_25_PERCENT);
      heading = boxed(wb);
      heading.setFont(bold);
      fill(heading, IndexedColors.PALE_BLUE);
      center = boxed(wb);
      center.setAlignment(HorizontalAlignment.CENTER);
      id = boxed(wb);
      id.setFont(grey);
      id.setAlignment(HorizontalAlignment.CENTER);
      text = boxed(wb);
      text.setWrapText(true);
      input = boxed(wb);
      input.setWrapText(true);
      input.setLocked(false);
      fill(input, IndexedColors.LIGHT_YELLOW);
      date = boxed(wb);
      date.setLocked(false);
      date.setAlignment(HorizontalAlignment.CENTER);
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      fill(date, IndexedColors.LIGHT_YELLOW);
    }

    private static CellStyle boxed(XSSFWorkbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    }

    private static void fill(CellStyle s, IndexedColors color) {
      s.setFillForegroundColor(color.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }
}
