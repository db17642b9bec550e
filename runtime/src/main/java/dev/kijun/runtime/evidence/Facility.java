package dev.kijun.runtime.evidence;

import dev.kijun.runtime.Audience;

/**
 * Who the evidence describes: a name, the kind of facility (which decides the audience filter) and the reading
 * profiles it falls under (e.g. 6.0's [Ⅰ~Ⅳ] markers; empty: not stated, so no requirement is filtered by profile).
 */
public record Facility(String name, Audience kind, java.util.List<String> profiles) {
  public Facility {
    java.util.Objects.requireNonNull(name, "name is null");
    java.util.Objects.requireNonNull(kind, "kind is null");
    profiles = java.util.List.copyOf(profiles);
  }

  /** A facility that states no profile. */
  public Facility(String name, Audience kind) {
    this(name, kind, java.util.List.of());
  }
}
