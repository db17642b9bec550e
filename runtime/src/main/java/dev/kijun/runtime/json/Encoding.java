package dev.kijun.runtime.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Recognises evidence files saved in an encoding other than UTF-8. RFC 8259 requires UTF-8 for JSON exchanged
 * between systems, and kijun reads UTF-8 only (a leading UTF-8 byte-order mark is tolerated). Jackson would
 * silently accept UTF-16 and UTF-32 on one path and not on the other; naming the encoding up front gives one rule
 * and one message for both.
 */
final class Encoding {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Encoding() {}

  /** The name of the encoding when {@code b} is clearly UTF-16 or UTF-32 (by byte-order mark or zero bytes). */
  static Optional<String> foreign(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
      return Optional.of("UTF-32BE");
    }
    if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return Optional.of("UTF-32LE");
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of("UTF-16BE");
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of("UTF-16LE");
    }
    // Without a mark: JSON text starts with an ASCII character, so zero bytes around it tell the width and order.
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return Optional.of("UTF-32BE");
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Optional.of("UTF-32LE");
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return Optional.of("UTF-16BE");
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return Optional.of("UTF-16LE");
    }
    return Optional.empty();
  }

  /**
   * True when {@code b} is well-formed UTF-8 (RFC 3629, Unicode table 3-7), exactly what the thorough path's strict
   * decoder accepts. The fast path hands the bytes to Jackson, whose decoder is laxer: it reads overlong forms
   * ({@code C0 AF} as {@code /}), encoded surrogates ({@code ED A0 80}) and lead bytes {@code F5}–{@code F7} without
   * complaint, so without this check the fast path would accept files the thorough path rejects.
   */
  static boolean wellFormedUtf8(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      // ASCII eight bytes at a time: most of any evidence file, and what keeps this extra pass cheap beside parsing
      while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i == n) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      if (c < 0xC2 || c > 0xF4) {
        return false; // a continuation byte, an overlong two-byte lead (C0, C1), or beyond U+10FFFF
      }
      int length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + length > n) {
        return false;
      }
      int second = b[i + 1] & 0xff;
      // The second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
      int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
      int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /** The message for a file in {@code encoding}. */
  static String message(String encoding) {
    return "the evidence file is encoded as " + encoding + "; kijun reads UTF-8 only: save it as UTF-8";
  }
}
