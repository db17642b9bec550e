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

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "<secret>";
  }
}
