package dev.kijun.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Credential material from evidence (e.g. a password fingerprint). Compared and hashed by value so checks can test
 * reuse, but {@link #toString()} never shows it, so it cannot leak into a report, a log or an exception message.
 */
public final class Secret {
  private final String value;
  private int hash; // 0 until first asked for, like String's own cache

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value is null");
  }

  /** Wraps a secret value read from evidence. */
  @JsonCreator
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The raw value, for serialising evidence back out; never use it in messages. */
  @JsonValue
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && ((Secret) o).value.equals(value);
  }

  /**
   * The value's {@link String#hashCode()}, computed four characters at a time and kept: a uniqueness check over many
   * freshly loaded fingerprints hashes each long value once, and later checks read it without touching the string.
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      int n = value.length();
      int i = 0;
      for (; i + 3 < n; i += 4) { // 31^4, 31^3, 31^2: the same polynomial, with four independent products per step
        h = h * 923_521 + value.charAt(i) * 29_791 + value.charAt(i + 1) * 961 + value.charAt(i + 2) * 31
            + value.charAt(i + 3);
      }
      for (; i < n; i++) {
        h = 31 * h + value.charAt(i);
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "<secret>";
  }
}
