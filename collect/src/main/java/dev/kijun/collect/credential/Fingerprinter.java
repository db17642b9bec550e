package dev.kijun.collect.credential;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a password into {@code hmac-sha256:<hex>} under the facility's key, and tells whether it is a known factory
 * default. The password is taken as a {@code char[]} and every copy made here is wiped after use; nothing here
 * stores, logs or returns it.
 */
public final class Fingerprinter {
  /** The prefix that says how a fingerprint was made. */
  public static final String PREFIX = "hmac-sha256:";

  private final SecretKeySpec key;
  private final FactoryDefaults defaults;

  public Fingerprinter(FacilityKey key, FactoryDefaults defaults) {
    this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
    this.defaults = defaults;
  }

  /** A credential as the evidence schema records it. */
  public record Credential(String fingerprint, boolean factoryDefault) {}

  /** Fingerprints {@code password} (NFC-normalised, UTF-8). The caller wipes its own array. */
  public Credential fingerprint(char[] password) {
    char[] normalised = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC).toCharArray();
    ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(normalised));
    byte[] bytes = new byte[utf8.remaining()];
    utf8.get(bytes);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      String fp = PREFIX + HexFormat.of().formatHex(mac.doFinal(bytes));
      return new Credential(fp, defaults.contains(normalised));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no HmacSHA256", e);
    } finally {
      Arrays.fill(normalised, '\0');
      Arrays.fill(bytes, (byte) 0);
      if (utf8.hasArray()) {
        Arrays.fill(utf8.array(), (byte) 0);
      }
    }
  }
}
