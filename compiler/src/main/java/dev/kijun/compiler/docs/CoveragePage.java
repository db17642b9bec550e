package dev.kijun.compiler.docs;

import dev.kijun.compiler.coverage.Counts;
import dev.kijun.compiler.coverage.Coverage;
import dev.kijun.compiler.coverage.EditionCoverage;
import dev.kijun.compiler.coverage.MappingCoverage;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coverage page: per edition a table of its volumes and chapters (known, encoded, stubs, by status, by check
 * kind), the list of stubs and of recalled or inferred clauses; per mapping, how much of each side is mapped. The
 * same page is the site's {@code coverage} page, {@code kijun coverage --format md} and {@code guidelines/CONTENT.md}.
 */
final class CoveragePage {
  private static final List<String> HEADER = header();

  private CoveragePage() {}

  static void write(PageWriter w, Coverage coverage) {
    w.heading(1, Optional.empty(), List.of(Inline.text("What the guideline sources cover")));
    w.notice(List.of(new Inline.Strong("Generated."), Inline.text(" Every number here is counted from the compiled "
        + "kijun sources by "), Inline.code("kijun coverage"), Inline.text("; none is written by hand. An item is "
        + "known when the sources declare it; it is encoded when it has checks, and a stub when its text could not be "
        + "read (status unknown, no checks). Check kinds count the encoded requirements with at least one check of "
        + "that kind.")));
    for (EditionCoverage e : coverage.editions()) {
      edition(w, e);
    }
    if (!coverage.mappings().isEmpty()) {
      w.heading(2, Optional.of("mappings"), List.of(Inline.text("Mappings")));
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (MappingCoverage m : coverage.mappings()) {
        rows.add(List.of(List.of(Inline.code(m.source())), List.of(Inline.code(m.target())),
            cell(m.lines() + " (" + m.officialLines() + " official, " + m.ourLines() + " ours)"),
            cell(side(m.from())), cell(m.from().marked()), cell(side(m.to())), cell(m.to().marked()),
            cell(m.from().unaccounted() + m.to().unaccounted())));
      }
      w.table(List.of("source", "target", "map lines", "source mapped", "withdrawn", "target mapped", "new",
          "unaccounted"), rows);
    }
  }

  private static void edition(PageWriter w, EditionCoverage e) {
    List<Inline> h = new ArrayList<>(List.of(Inline.code(e.key())));
    List<Inline> title = Pages.bilingual(e.title());
    if (!title.isEmpty()) {
      h.add(Inline.text(" "));
      h.addAll(title);
    }
    w.heading(2, Optional.of(e.key()), h);
    List<List<List<Inline>>> rows = new ArrayList<>();
    rows.add(row(List.of(new Inline.Strong("total")), e.total()));
    for (EditionCoverage.Group g : e.groups()) {
      List<Inline> name = new ArrayList<>();
      name.add(Inline.text((g.depth() > 0 ? "└ " : "") + g.kind() + " "));
      name.add(Inline.code(g.path()));
      String t = Pages.preferred(g.title());
      if (!t.isEmpty()) {
        name.add(Inline.text(" " + t));
      }
      rows.add(row(name, g.counts()));
    }
    w.table(HEADER, rows);
    w.paragraph(clauses("Stubs", e.stubs()));
    w.paragraph(clauses("Recalled or inferred", e.uncertain()));
  }

  private static List<String> header() {
    List<String> h = new ArrayList<>(List.of("part", "known", "encoded", "stubs"));
    for (Status s : Status.values()) {
      h.add(s.keyword());
    }
    h.addAll(List.of("automated", "question", "review"));
    return List.copyOf(h);
  }

  private static List<List<Inline>> row(List<Inline> name, Counts c) {
    List<List<Inline>> row = new ArrayList<>(List.of(name, cell(c.known()), cell(c.encoded()), cell(c.stubs())));
    for (Status s : Status.values()) {
      row.add(cell(c.byStatus().get(s)));
    }
    row.add(cell(c.automated()));
    row.add(cell(c.question()));
    row.add(cell(c.review()));
    return row;
  }

  private static List<Inline> clauses(String label, List<EditionCoverage.Clause> clauses) {
    List<Inline> out = new ArrayList<>(List.of(new Inline.Strong(label + " (" + clauses.size() + "):"),
        Inline.text(clauses.isEmpty() ? " none." : " ")));
    for (int i = 0; i < clauses.size(); i++) {
      EditionCoverage.Clause c = clauses.get(i);
      out.add(Inline.code(c.id()));
      out.add(Inline.text(" (" + c.status().keyword() + ")" + (i + 1 < clauses.size() ? ", " : ".")));
    }
    return out;
  }

  private static String side(MappingCoverage.Side s) {
    return s.mapped() + " of " + s.total() + (s.total() == 0 ? ""
        : " (" + Math.round(100.0 * s.mapped() / s.total()) + "%)");
  }

  private static List<Inline> cell(Object value) {
    return List.of(Inline.text(String.valueOf(value)));
  }
}
