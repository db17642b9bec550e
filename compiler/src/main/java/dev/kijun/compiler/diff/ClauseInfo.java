package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Text2;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a clause change, as renderers need it: the qualified clause, its title, its level (empty for a stub that
 * does not state it), the full number of its enclosing structure node ({@code ""} at top level), our summary, its
 * checks as text (for the side-by-side view), its encoding status and whether it is a stub (text not read).
 */
public record ClauseInfo(ClauseRef ref, Text2 title, Optional<Level> level, String parentPath, Text2 summary,
    List<CheckText> checks, Status status, boolean stub) {
  /** A check as text: its kind ({@code automated}, {@code question}, {@code review}) and its words or source. */
  public record CheckText(String kind, Text2 text) {
    public CheckText {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(text, "text is null");
    }
  }

  public ClauseInfo {
    Objects.requireNonNull(ref, "ref is null");
    Objects.requireNonNull(title, "title is null");
    Objects.requireNonNull(level, "level is null");
    Objects.requireNonNull(parentPath, "parentPath is null");
    Objects.requireNonNull(summary, "summary is null");
    checks = List.copyOf(checks);
    Objects.requireNonNull(status, "status is null");
  }

  /** The level as a lowercase word, {@code "level not known"} for a stub without one. */
  public String levelWord() {
    return level.map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).orElse("level not known");
  }

  /** The parts of a requirement that a diff shows. */
  public static ClauseInfo of(Requirement r) {
    List<CheckText> checks = new ArrayList<>();
    for (Check c : r.checks()) {
      if (c instanceof Check.Automated a) {
        checks.add(new CheckText("automated", new Text2("", a.source().strip().replaceAll("\\s+", " "))));
      } else if (c instanceof Check.Question q) {
        checks.add(new CheckText("question", q.ask()));
      } else if (c instanceof Check.Review v) {
        checks.add(new CheckText("review", new Text2("", v.explanation())));
      }
    }
    return new ClauseInfo(r.id(), r.title(), r.level(), r.parentPath() == null ? "" : r.parentPath(), r.summary(),
        checks, r.status(), r.stub());
  }
}
