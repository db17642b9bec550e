package dev.kijun.compiler.output;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of parts, each preceded by its length, so that {@code ("ab", "c")} and {@code ("a", "bc")}
 * differ. What the Maven plugin's up-to-date check and compilation cache, and shared check keys in generated code,
 * key on.
 */
public final class Digest {
  private final MessageDigest sha;

  /** Starts an empty digest. */
  public Digest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Adds a text part. */
  public Digest add(String part) {
    return add(part.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a binary part. */
  public Digest add(byte[] part) {
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
    sha.update(part);
    return this;
  }

  /** The digest in hexadecimal; the object is not to be used afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
