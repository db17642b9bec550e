package dev.kijun.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes one output file so that it is either complete or not there: the bytes go to a temporary file beside it,
 * which is then moved into place. A reader never sees half a spreadsheet or half a JSON file. Every command that
 * writes a single file goes through here, so they all create missing parent folders, leave no temporary file behind
 * on failure and word the failure the same way.
 */
final class AtomicOutput {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicOutput() {}

  /** Who may read the file written. */
  enum Readers {
    /**
     * Mode 0600: the file is evidence, and evidence carries credential fingerprints, which kijun treats as secrets
     * (they are never printed in a report).
     */
    OWNER_ONLY,
    /** The permissions the user's umask gives any new file: reports, diffs, sheets, scans without secrets. */
    AS_UMASK
  }

  /** Writes {@code bytes} to {@code out}; on failure prints a message and returns false. */
  static boolean write(Path out, byte[] bytes, Readers readers, PrintWriter err) {
    Path dir = out.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = createTemporary(dir, readers);
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

  private static Path createTemporary(Path dir, Readers readers) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (readers == Readers.OWNER_ONLY && !posix) {
      return Files.createTempFile(dir, ".kijun-", ".tmp"); // owner-only where the platform can say so
    }
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    Path tmp = dir.resolve(".kijun-" + HexFormat.of().formatHex(name) + ".tmp");
    // Files.createTempFile would always give 0600; a plain createFile lets the umask decide, as for any new file.
    return readers == Readers.OWNER_ONLY
        ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createFile(tmp);
  }
}
