package dev.kijun.runtime.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the bytes of one evidence file, once, from a regular file, a pipe, a device or standard input alike, and
 * enforces the size limit while reading: nothing is trusted about a size announced in advance, so
 * {@code /dev/zero} stops at the limit instead of exhausting memory, and a pipe is read exactly once (a second
 * open of a named pipe would wait forever for a writer). Callers that validate one file against several editions
 * read it here once and bind the bytes as often as needed.
 */
public final class EvidenceInput {
  private static final int CHUNK = 64 * 1024;

  private EvidenceInput() {}

  /**
   * Reads {@code file} whole. Problems (absent, a directory, unreadable, larger than {@code maxBytes}) are reported
   * as an {@link EvidenceException} labelled with the file name as given; {@code tooLargeHint} is appended to the
   * size message (e.g. how to raise the limit in the caller's interface), or empty.
   */
  public static byte[] read(Path file, long maxBytes, String tooLargeHint) throws EvidenceException {
    Objects.requireNonNull(file, "file is null");
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw single(name, "the evidence path is a directory, not a file");
    }
    long announced = 0;
    try {
      if (Files.isRegularFile(file)) {
        announced = Files.size(file);
        if (announced > maxBytes) { // no need to read what will be refused; growth while reading is caught below
          throw tooLarge(name, maxBytes, tooLargeHint);
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, name, maxBytes, tooLargeHint, announced);
      }
    } catch (NoSuchFileException e) {
      throw single(name, "the evidence file does not exist");
    } catch (AccessDeniedException e) {
      throw single(name, "the evidence file cannot be read: permission denied");
    } catch (IOException e) {
      throw single(name, "the evidence file cannot be read (input/output error)");
    }
  }

  /** Reads {@code in} to its end (standard input, say), labelling problems with {@code name}; does not close it. */
  public static byte[] read(InputStream in, String name, long maxBytes, String tooLargeHint)
      throws EvidenceException {
    try {
      return read(in, name, maxBytes, tooLargeHint, 0);
    } catch (IOException e) {
      throw single(name, "the evidence could not be read (input/output error)");
    }
  }

  private static byte[] read(InputStream in, String name, long maxBytes, String hint, long announced)
      throws IOException, EvidenceException {
    long cap = Math.min(maxBytes, Integer.MAX_VALUE - 9L);
    byte[] buf;
    int size;
    if (announced > 0 && announced <= cap) {
      // A regular file: read exactly its size, then make sure it did not grow meanwhile (no copy when it did not).
      buf = new byte[(int) announced];
      size = in.readNBytes(buf, 0, buf.length);
      int next = size == buf.length ? in.read() : -1;
      if (next < 0) {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
      }
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2 + 1, cap + 1));
      buf[size++] = (byte) next;
    } else {
      buf = new byte[(int) Math.min(CHUNK, cap + 1)];
      size = 0;
    }
    while (size <= cap) {
      if (size == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap + 1));
      }
      int n = in.read(buf, size, buf.length - size);
      if (n < 0) {
        return Arrays.copyOf(buf, size);
      }
      size += n;
    }
    throw tooLarge(name, maxBytes, hint);
  }

  private static EvidenceException tooLarge(String name, long maxBytes, String hint) {
    return single(name, "the evidence file is larger than the size limit of " + EvidenceLimits.describeBytes(maxBytes)
        + (hint.isEmpty() ? "" : "; " + hint));
  }

  private static EvidenceException single(String file, String message) {
    return new EvidenceException(List.of(new EvidenceProblem(file, "", 0, 0, message)));
  }
}
