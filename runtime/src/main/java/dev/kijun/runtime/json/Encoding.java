package dev.kijun.runtime.json;

import java.util.Optional;

/**
 * Recognises evidence files saved in an encoding other than UTF-8. RFC 8259 requires UTF-8 for JSON exchanged
 * between systems, and kijun reads UTF-8 only (a leading UTF-8 byte-order mark is tolerated). Jackson would
 * silently accept UTF-16 and UTF-32 on one path and not on the other; naming the encoding up front gives one rule
 * and one message for both.
 */
final class Encoding {
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

  /** The message for a file in {@code encoding}. */
  static String message(String encoding) {
    return "the evidence file is encoded as " + encoding + "; kijun reads UTF-8 only: save it as UTF-8";
  }
}
