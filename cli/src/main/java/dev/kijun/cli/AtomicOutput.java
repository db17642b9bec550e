package dev.kijun.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one output file so that it is either complete or not there: the bytes go to a temporary file beside it,
 * which is then moved into place. A reader never sees half a spreadsheet or half a JSON file.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes {@code bytes} to {@code out}; on failure prints a message and returns false. */
  static boolean write(Path out, byte[] bytes, PrintWriter err) {
    Path dir = out.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".kijun-", ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      err.println("kijun: cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Nothing more can be done; the message above already says the write failed.
        }
      }
      return false;
    }
  }
}
