package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Text2;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a clause change, as renderers need it: the qualified clause, its title, its level (empty for a stub that
 * does not state it) and the full number of its enclosing structure node ({@code ""} at top level).
 */
public record ClauseInfo(ClauseRef ref, Text2 title, Optional<Level> level, String parentPath) {
  public ClauseInfo {
    Objects.requireNonNull(ref, "ref is null");
    Objects.requireNonNull(title, "title is null");
    Objects.requireNonNull(level, "level is null");
    Objects.requireNonNull(parentPath, "parentPath is null");
  }

  /** The level as a lowercase word, {@code "level not known"} for a stub without one. */
  public String levelWord() {
    return level.map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).orElse("level not known");
  }

  /** The parts of a requirement that a diff shows. */
  public static ClauseInfo of(Requirement r) {
    return new ClauseInfo(r.id(), r.title(), r.level(), r.parentPath() == null ? "" : r.parentPath());
  }
}
