package dev.kijun.collect.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads one sheet of an Excel workbook (.xlsx, and the older .xls) with Apache POI into a {@link Table}. Formulas
 * are not evaluated: the value Excel last calculated and saved is read. A damaged, encrypted or non-Excel file is
 * refused with a message, never a stack trace.
 */
public final class WorkbookTable {
  /** Rows beyond this are refused: no ledger or checklist is that long, and the limit bounds memory. */
  static final int MAX_ROWS = 100_000;

  private WorkbookTable() {}

  /** The sheet named {@code sheet} of {@code bytes}, or the first sheet. */
  public static Table read(String file, byte[] bytes, Optional<String> sheet) throws LedgerException {
    try (Workbook wb = open(file, bytes)) {
      Sheet s;
      if (sheet.isPresent()) {
        s = wb.getSheet(sheet.get());
        if (s == null) {
          List<String> names = new ArrayList<>();
          wb.sheetIterator().forEachRemaining(x -> names.add(x.getSheetName()));
          throw new LedgerException(file + ": no sheet named `" + sheet.get() + "`; the workbook has "
              + String.join(", ", names));
        }
      } else {
        if (wb.getNumberOfSheets() == 0) {
          throw new LedgerException(file + ": the workbook has no sheet");
        }
        s = wb.getSheetAt(0);
      }
      return table(file, s);
    } catch (IOException e) {
      throw new LedgerException(file + ": cannot be read as a workbook (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Opens a workbook, turning POI's complaints about the file into a message. */
  public static Workbook open(String file, byte[] bytes) throws LedgerException {
    PoiLogging.quiet();
    try {
      return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (EncryptedDocumentException e) {
      throw new LedgerException(file + ": the workbook is protected with a password; save an unprotected copy");
    } catch (IOException | RuntimeException e) {
      // POI reports damaged or foreign files through several unchecked exception types (NotOfficeXmlFileException,
      // RecordFormatException, POIXMLException...): all of them mean the same thing to the user.
      throw new LedgerException(file + ": not a readable Excel workbook (.xlsx or .xls)"
          + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
    }
  }

  private static Table table(String file, Sheet s) throws LedgerException {
    if (s.getLastRowNum() >= MAX_ROWS) {
      throw new LedgerException(file + ": sheet " + s.getSheetName() + " has more than " + MAX_ROWS + " rows");
    }
    List<List<CellValue>> rows = new ArrayList<>();
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      List<CellValue> cells = new ArrayList<>();
      if (row != null && row.getLastCellNum() > 0) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(value(row.getCell(c)));
        }
      }
      int end = cells.size();
      while (end > 0 && cells.get(end - 1) instanceof CellValue.Blank) {
        end--;
      }
      rows.add(cells.subList(0, end));
    }
    return new Table(file, Optional.of(s.getSheetName()), rows);
  }

  static CellValue value(Cell cell) {
    if (cell == null) {
      return CellValue.BLANK;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return CellValue.text(cell.getStringCellValue());
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return new CellValue.Date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return new CellValue.Number(BigDecimal.valueOf(cell.getNumericCellValue()));
      case BOOLEAN:
        return new CellValue.Bool(cell.getBooleanCellValue());
      case ERROR:
        byte code = cell.getErrorCellValue();
        return new CellValue.Error(FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR");
      default:
        return CellValue.BLANK;
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
