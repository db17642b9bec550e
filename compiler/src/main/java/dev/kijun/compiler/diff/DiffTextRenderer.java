package dev.kijun.compiler.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edition changes as plain text for a terminal: a heading, the counts per class, then one block per change with the
 * evidence for each class and the mapping's rationale. Pure and deterministic.
 */
public final class DiffTextRenderer {
  private DiffTextRenderer() {}

  /** The text, ending in a newline. */
  public static String render(EditionChanges changes) {
    StringBuilder out = new StringBuilder();
    out.append("Changes from ").append(changes.source()).append(" to ").append(changes.target())
        .append(" (").append(changes.basis()).append(")\n");
    out.append(summary(changes)).append("\n");
    for (ClauseChange c : changes.changes()) {
      out.append('\n').append(c.label());
      c.relationship().ifPresent(r -> out.append("  ").append(r.keyword()));
      out.append("  [").append(kinds(c)).append(']');
      c.confidence().ifPresent(k -> out.append("  confidence ").append(k.keyword()));
      c.provenance().ifPresent(p -> out.append("  (").append(p.describe()).append(')'));
      out.append('\n');
      for (Classification cl : c.classifications()) {
        out.append("    ").append(cl.kind().keyword()).append(": ").append(String.join("; ", cl.evidence()))
            .append('\n');
      }
      if (!c.note().isEmpty()) {
        out.append("    ").append(c.from().isPresent() && c.to().isEmpty() ? "reason" : "rationale").append(": ")
            .append(c.note()).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code 3 renumbered, 5 moved, …, 2 unchanged}: only classes that occur, in display order. */
  public static String summary(EditionChanges changes) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ChangeKind, Integer> e : changes.counts().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + e.getKey().keyword());
      }
    }
    if (changes.unchangedCount() > 0) {
      parts.add(changes.unchangedCount() + " unchanged");
    }
    return changes.changes().size() + " clause changes: " + (parts.isEmpty() ? "none" : String.join(", ", parts));
  }

  /** {@code moved, strengthened} or {@code unchanged}. */
  static String kinds(ClauseChange c) {
    return c.unchanged() ? "unchanged" : String.join(", ", c.kinds().stream().map(ChangeKind::keyword).toList());
  }
}
