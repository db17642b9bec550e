package dev.kijun.collect.credential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The per-facility key of credential fingerprints: 32 random bytes, kept in a file outside the evidence (mode 600
 * where the file system has permissions). Without it, a fingerprint cannot be checked against guessed passwords,
 * so an evidence file that leaks does not leak the passwords behind it; with it, equal passwords give equal
 * fingerprints within the facility, which is what the reuse check needs.
 */
public final class FacilityKey {
  private static final int BYTES = 32;
  private static final String HEADER = "kijun-facility-key-v1 ";

  private final byte[] key;

  private FacilityKey(byte[] key) {
    this.key = key;
  }

  byte[] bytes() {
    return key.clone();
  }

  /** Creates a new key file; refuses to overwrite an existing one (that would orphan every fingerprint made). */
  public static FacilityKey create(Path file) throws IOException {
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    String text = HEADER + Base64.getEncoder().encodeToString(key) + "\n";
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    return new FacilityKey(key);
  }

  /** Reads a key file; empty with a reason when it is not one. */
  public static Read read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return new Read(Optional.empty(), Optional.of("cannot read the key file " + file));
    }
    if (!text.startsWith(HEADER.strip())) {
      return new Read(Optional.empty(), Optional.of(file + " is not a kijun facility key (make one with --new-key)"));
    }
    try {
      byte[] key = Base64.getDecoder().decode(text.substring(HEADER.strip().length()).strip());
      if (key.length != BYTES) {
        return new Read(Optional.empty(), Optional.of(file + " holds a key of the wrong length"));
      }
      return new Read(Optional.of(new FacilityKey(key)), Optional.empty());
    } catch (IllegalArgumentException e) {
      return new Read(Optional.empty(), Optional.of(file + " holds a damaged key"));
    }
  }

  /** A key read from a file, or why it could not be. */
  public record Read(Optional<FacilityKey> key, Optional<String> error) {}
}
