package dev.kijun.runtime.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * What kijun's OSCAL documents share: the OSCAL version they are written for, the namespace of kijun's own
 * properties, name-based UUIDs (so the same input always gives the same document) and how clause ids become OSCAL
 * control ids. See docs/oscal.md for why OSCAL 1.1.3.
 */
public final class Oscal {
  /** The OSCAL version of every document kijun writes: the one liboscal-java 5.2.0 validates. */
  public static final String VERSION = "1.1.3";
  /** The namespace of properties and parts that OSCAL does not define (outcome, Japanese text, status). */
  public static final String NS = "urn:kijun:oscal";

  private static final UUID NAMESPACE = UUID.fromString("4c1f6a52-9d0e-5b7a-8f3e-6b1d2c0a9e71");

  private Oscal() {}

  /**
   * A version 5 (SHA-1, name-based) UUID of {@code name}; OSCAL requires version 4 or 5, and a name-based one keeps
   * output deterministic.
   */
  public static String uuid(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(toBytes(NAMESPACE));
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xff);
        lsb = (lsb << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(msb, lsb).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }

  private static byte[] toBytes(UUID u) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
      b[i + 8] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    return b;
  }

  /**
   * The OSCAL control id of a clause: OSCAL ids are tokens that start with a letter or {@code _}, and clause ids
   * often start with a digit ({@code 6.11.C.11}), so every clause gets the same prefix: {@code c_6.11.C.11},
   * {@code c_SYS.13.7}. Characters a token cannot hold become {@code _}; the clause itself is the control's label.
   */
  public static String controlId(String clause) {
    return "c_" + token(clause);
  }

  /** The OSCAL group id of a structure node by its path ({@code 6.11} → {@code g_6.11}). */
  public static String groupId(String path) {
    return "g_" + token(path);
  }

  private static String token(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'
        ? c : '_'));
    return sb.toString();
  }
}
