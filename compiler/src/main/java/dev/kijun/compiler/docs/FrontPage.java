package dev.kijun.compiler.docs;

import dev.kijun.compiler.coverage.Counts;
import dev.kijun.compiler.coverage.EditionCoverage;
import dev.kijun.compiler.diff.DiffTextRenderer;
import dev.kijun.compiler.diff.EditionDiff;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's front page: a search over every clause (ids, titles and summaries in Japanese and English), each edition
 * with its coverage (items known, encoded, stubs), the mapping graph between editions drawn as inline SVG, and a link
 * to the page of changes of every mapping.
 */
final class FrontPage {
  private FrontPage() {}

  static void write(PageWriter w, Program program, String ext) {
    w.heading(1, Optional.empty(), List.of(Inline.text("Security guidelines, clause by clause")));
    w.notice(List.of(new Inline.Strong("Not the official texts."), Inline.text(" kijun summaries are paraphrases "
        + "written for this project; verdicts are per clause and not a compliance claim. Each edition links to its "
        + "official source.")));

    w.heading(2, Optional.of("search"), List.of(Inline.text("Search")));
    w.search(SearchIndex.of(program, ext));

    w.heading(2, Optional.of("editions"), List.of(Inline.text("Editions")));
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Edition e : program.editions()) {
      Counts c = EditionCoverage.of(e).total();
      List<Inline> changes = new ArrayList<>();
      for (Mapping m : program.mappings()) {
        if (m.target().equals(e.key())) {
          changes.add(new Inline.Link(changesPage(m, ext), List.of(Inline.text("from " + m.source()))));
          changes.add(Inline.text(" "));
        }
      }
      // The date first: at the start of the cell it is not broken at its hyphens.
      List<Inline> title = new ArrayList<>(List.of(Inline.text("Published " + e.info().published() + ". ")));
      title.addAll(Pages.bilingual(e.info().title()));
      rows.add(List.of(
          List.of(new Inline.Link(SiteLinks.path(e, "index", ext), List.of(Inline.code(e.key())))),
          title,
          List.of(Inline.text(Integer.toString(c.known()))),
          List.of(Inline.text(Integer.toString(c.encoded()))),
          List.of(Inline.text(Integer.toString(c.stubs()))),
          List.of(Inline.text(percent(c.encoded(), c.known()))),
          changes.isEmpty() ? List.of(Inline.text("—")) : changes));
    }
    w.table(List.of("edition", "title", "known", "encoded", "stubs", "encoded share", "changes"), rows);
    w.paragraph(List.of(Inline.text("An item is known when the sources declare it, encoded when it has checks, and a "
        + "stub when its text could not be read. "), new Inline.Link("coverage" + ext,
        List.of(Inline.text("Coverage per volume and chapter")))));

    w.heading(2, Optional.of("changes"), List.of(Inline.text("What changed between editions")));
    w.paragraph(List.of(Inline.text("Each compiled mapping links to its page of changes, which shows the old and new "
        + "summaries and checks side by side; the count is the mapping's lines. In the drawing, each box links to its "
        + "edition.")));
    w.graph(graph(program, ext));
    List<ListItem> items = new ArrayList<>();
    for (Mapping m : program.mappings()) {
      items.add(ListItem.of(List.of(new Inline.Link(changesPage(m, ext), List.of(Inline.code(m.source()),
          Inline.text(" → "), Inline.code(m.target()))), Inline.text(": "
          + DiffTextRenderer.summary(EditionDiff.diff(program, m))))));
    }
    w.list(items);
  }

  /** {@code <doc>/<edition>/changes-from-<doc>@<edition><ext>} beside the target edition's index. */
  static String changesPage(Mapping m, String ext) {
    String[] target = m.target().split("@", 2);
    return target[0] + "/" + target[1] + "/changes-from-" + m.source() + ext;
  }

  private static MappingGraph graph(Program program, String ext) {
    List<MappingGraph.Node> nodes = new ArrayList<>();
    for (Edition e : program.editions()) {
      Counts c = EditionCoverage.of(e).total();
      nodes.add(new MappingGraph.Node(e.key(), e.document(), c.encoded() + " encoded / " + c.known() + " known",
          SiteLinks.path(e, "index", ext)));
    }
    List<MappingGraph.Edge> edges = new ArrayList<>();
    for (Mapping m : program.mappings()) {
      edges.add(new MappingGraph.Edge(m.source(), m.target(), m.entries().size() + " lines", changesPage(m, ext)));
    }
    return new MappingGraph(nodes, edges);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "—" : String.format(Locale.ROOT, "%d%%", Math.round(100.0 * part / whole));
  }
}
