package dev.kijun.compiler.coverage;

import dev.kijun.runtime.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Coverage as plain text for a terminal: one block per edition (totals, groups, lists), then one per mapping. Pure. */
public final class CoverageText {
  private CoverageText() {}

  /** The text, ending in a newline. */
  public static String render(Coverage coverage) {
    StringBuilder out = new StringBuilder("Coverage of the kijun sources (counted from the model)\n");
    for (EditionCoverage e : coverage.editions()) {
      out.append('\n').append(e.key());
      String title = e.title().en().isEmpty() ? e.title().ja() : e.title().en();
      out.append(title.isEmpty() ? "" : "  " + title).append('\n');
      out.append("  ").append(summary(e.total())).append('\n');
      out.append("  status: ").append(statuses(e.total())).append('\n');
      out.append("  checks (requirements with at least one): ").append(kinds(e.total())).append('\n');
      for (EditionCoverage.Group g : e.groups()) {
        out.append("  ").append("  ".repeat(g.depth())).append(g.kind()).append(' ').append(g.path()).append(": ")
            .append(summary(g.counts())).append("; ").append(kinds(g.counts())).append('\n');
      }
      out.append("  stubs: ").append(ids(e.stubs())).append('\n');
      out.append("  recalled or inferred: ").append(ids(e.uncertain())).append('\n');
    }
    for (MappingCoverage m : coverage.mappings()) {
      out.append("\nmapping ").append(m.key()).append(": ").append(m.lines()).append(" map lines (")
          .append(m.officialLines()).append(" official, ").append(m.ourLines()).append(" ours)\n");
      out.append("  ").append(m.source()).append(": ").append(side(m.from(), "withdrawn")).append('\n');
      out.append("  ").append(m.target()).append(": ").append(side(m.to(), "new")).append('\n');
    }
    return out.toString();
  }

  static String summary(Counts c) {
    return c.known() + " known, " + c.encoded() + " encoded, " + c.stubs() + " stubs";
  }

  static String statuses(Counts c) {
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      parts.add(s.keyword() + " " + c.byStatus().get(s));
    }
    return String.join(", ", parts);
  }

  static String kinds(Counts c) {
    return "automated " + c.automated() + ", question " + c.question() + ", review " + c.review();
  }

  static String ids(List<EditionCoverage.Clause> clauses) {
    if (clauses.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    clauses.forEach(c -> parts.add(c.id() + " (" + c.status().keyword() + ")"));
    return String.join(", ", parts);
  }

  /** "12 of 16 mapped (75%), 3 withdrawn, 1 unaccounted". */
  static String side(MappingCoverage.Side s, String marked) {
    return s.mapped() + " of " + s.total() + " mapped (" + percent(s) + "), " + s.marked() + " " + marked + ", "
        + s.unaccounted() + " unaccounted";
  }

  /** The mapped fraction as a whole percentage, rounded half up; "–" for an empty side. */
  static String percent(MappingCoverage.Side s) {
    if (s.total() == 0) {
      return "–";
    }
    return BigDecimal.valueOf(100L * s.mapped()).divide(BigDecimal.valueOf(s.total()), 0, RoundingMode.HALF_UP) + "%";
  }

  /** The mapped fraction with four decimals, for JSON. */
  static BigDecimal fraction(MappingCoverage.Side s) {
    if (s.total() == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(s.mapped()).divide(BigDecimal.valueOf(s.total()), 4, RoundingMode.HALF_UP);
  }
}
