package dev.kijun.collect.ledger;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how a CSV file's bytes are encoded. UTF-8 (with or without a byte-order mark) first; bytes that are not
 * valid UTF-8 but are valid Shift_JIS as Windows writes it (CP932, Java's {@code windows-31j}: what Japanese Excel's
 * "CSV (コンマ区切り)" saves) are read as such, with a note; UTF-16 and UTF-32 (Excel's "Unicode テキスト") and
 * anything else are refused, naming what was found. Valid UTF-8 is never taken for Shift_JIS: Japanese text in
 * Shift_JIS is practically never valid UTF-8, and plain ASCII reads the same either way.
 */
public final class TextDecoding {
  /** Java's name for CP932, the Shift_JIS variant Windows and Excel write. */
  static final String CP932 = "windows-31j";

  private TextDecoding() {}

  /** Decoded text and, when it was not UTF-8, a note saying what it was read as. */
  public record Decoded(String text, Optional<String> note) {}

  /** Decodes {@code bytes} of the file {@code file}. */
  public static Decoded decode(String file, byte[] bytes) throws LedgerException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strictUtf8(file, bytes, 3), Optional.empty());
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      throw refuse(file, "UTF-32");
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      throw refuse(file, "UTF-16");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw refuse(file, "UTF-16 or UTF-32 (it holds zero bytes)");
      }
    }
    Optional<String> utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), Optional.empty());
    }
    if (Charset.isSupported(CP932)) {
      Optional<String> sjis = tryDecode(Charset.forName(CP932), bytes, 0);
      if (sjis.isPresent()) {
        return new Decoded(sjis.get(), Optional.of(file + ": not UTF-8; read as Shift_JIS (CP932), the encoding"
            + " Japanese Excel uses for \"CSV (コンマ区切り)\""));
      }
    }
    throw new LedgerException(file + ": neither UTF-8 nor Shift_JIS (CP932): the first byte that is not UTF-8 is on"
        + " line " + lineOfFirstBadUtf8(bytes) + "; save the ledger as \"CSV UTF-8 (コンマ区切り)\"");
  }

  private static LedgerException refuse(String file, String encoding) {
    return new LedgerException(file + ": the file is " + encoding + " (as Excel's \"Unicode テキスト\" saves), which"
        + " is not read; save the ledger as \"CSV UTF-8 (コンマ区切り)\" or as .xlsx");
  }

  private static String strictUtf8(String file, byte[] bytes, int offset) throws LedgerException {
    return tryDecode(StandardCharsets.UTF_8, bytes, offset).orElseThrow(() -> new LedgerException(file
        + ": starts with a UTF-8 byte-order mark but is not valid UTF-8 (line " + lineOfFirstBadUtf8(bytes) + ")"));
  }

  private static Optional<String> tryDecode(Charset charset, byte[] bytes, int offset) {
    try {
      CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int lineOfFirstBadUtf8(byte[] bytes) {
    int line = 1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
        return line;
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
          return line;
        }
      }
      if (b == '\n') {
        line++;
      }
      i += extra + 1;
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
