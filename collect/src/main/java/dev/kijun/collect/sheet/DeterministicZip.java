package dev.kijun.collect.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP archive (an .xlsx is one) with every entry's time set to 1980-01-01 00:00 (the earliest a ZIP entry can carry) and no extra fields, in
 * the original entry order, so the same workbook gives the same bytes on every run and machine. POI stamps entries
 * with the time of writing.
 */
final class DeterministicZip {
  private DeterministicZip() {}

  static byte[] normalise(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(6);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        // Set as a local date-time: the stored DOS time is then the same in every time zone.
        copy.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
