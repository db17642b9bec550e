package dev.kijun.collect.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a table from a file that is either CSV or an Excel workbook, told apart by content (a workbook starts with
 * the ZIP or OLE2 signature), not by the file name, so {@code ledger.CSV} or a renamed export still works.
 */
public final class SpreadsheetFile {
  /** Larger files are refused before being read: a ledger or checklist is a few hundred kilobytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private SpreadsheetFile() {}

  /** A table and notes on how it was read (e.g. its encoding). */
  public record Read(Table table, Optional<String> note) {}

  /** The table in {@code path}, named {@code name} in messages; {@code sheet} applies to workbooks only. */
  public static Read read(Path path, String name, Optional<String> sheet) throws LedgerException {
    byte[] bytes = bytes(path, name);
    if (isWorkbook(bytes)) {
      return new Read(WorkbookTable.read(name, bytes, sheet), Optional.empty());
    }
    CsvTable.Read csv = CsvTable.read(name, bytes);
    return new Read(csv.table(), csv.note());
  }

  /** The bytes of {@code path}, refused over {@link #MAX_BYTES}, with a message naming {@code name}. */
  public static byte[] bytes(Path path, String name) throws LedgerException {
    try {
      if (Files.isDirectory(path)) {
        throw new LedgerException(name + ": is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new LedgerException(name + ": larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new LedgerException(name + ": no such file");
    } catch (IOException e) {
      throw new LedgerException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** True for the ZIP signature (.xlsx) or the OLE2 one (.xls, and password-protected .xlsx). */
  public static boolean isWorkbook(byte[] b) {
    return b.length >= 4 && ((b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4)
        || ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0));
  }
}
