package dev.kijun.runtime.evidence;

import dev.kijun.runtime.Audience;

/** Who the evidence describes: a name and the kind of facility, which decides the audience filter. */
public record Facility(String name, Audience kind) {
  public Facility {
    java.util.Objects.requireNonNull(name, "name is null");
    java.util.Objects.requireNonNull(kind, "kind is null");
  }
}
