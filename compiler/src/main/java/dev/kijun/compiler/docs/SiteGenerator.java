package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Builds the pages of one edition in one format; {@link MarkdownGenerator} and {@link HtmlSiteGenerator} use it. */
final class SiteGenerator {
  /** An output format: its file extension and how to start a page with a title and footer. */
  record Format(String ext, BiFunction<String, List<Inline>, PageWriter> writer) {}

  static final Format MARKDOWN = new Format(".md", (title, footer) -> new MarkdownWriter(footer));
  static final Format HTML = new Format(".html", HtmlWriter::new);

  private SiteGenerator() {}

  /** Index, evidence schema and one page per requirement, in that order. */
  static List<OutputFile> edition(Program program, Edition edition, Format format) {
    SiteLinks links = new SiteLinks(program, edition, format.ext());
    Map<ClauseRef, List<ClauseRef>> citedBy = BackReferences.of(program);
    List<Inline> footer = Pages.footer(edition);
    List<OutputFile> out = new ArrayList<>();

    PageWriter index = format.writer().apply(Pages.preferred(edition.info().title()), footer);
    IndexPage.write(index, links, edition);
    out.add(new OutputFile(SiteLinks.path(edition, "index", format.ext()), index.finish()));

    PageWriter schema = format.writer().apply("Evidence schema " + edition.schema().name() + " — " + edition.key(),
        footer);
    SchemaPage.write(schema, links, edition);
    out.add(new OutputFile(SiteLinks.path(edition, "evidence", format.ext()), schema.finish()));

    for (Requirement r : edition.requirements()) {
      String title = r.id() + (r.title().en().isEmpty() ? "" : " " + r.title().en());
      PageWriter page = format.writer().apply(title, footer);
      RequirementPage.write(page, links, edition, r, citedBy.getOrDefault(r.id(), List.of()));
      out.add(new OutputFile(SiteLinks.path(edition, DocNames.requirementPage(r.id().clause()), format.ext()), page.finish()));
    }
    return out;
  }

  /** The site's front page: a list of every edition in the program. */
  static OutputFile root(Program program, Format format) {
    PageWriter w = format.writer().apply("kijun guidelines", List.of());
    w.heading(1, java.util.Optional.empty(), List.of(Inline.text("Guidelines")));
    w.notice(List.of(new Inline.Strong("Not the official texts."), Inline.text(" kijun summaries are paraphrases "
        + "written for this project; verdicts are per clause and not a compliance claim. Each edition links to its "
        + "official source.")));
    List<ListItem> items = new ArrayList<>();
    for (Edition e : program.editions()) {
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Link(SiteLinks.path(e, "index", format.ext()), List.of(Inline.code(e.key()))));
      content.add(Inline.text(" "));
      content.addAll(Pages.bilingual(e.info().title()));
      items.add(ListItem.of(content));
    }
    w.list(items);
    w.paragraph(List.of(new Inline.Link("coverage" + format.ext(), List.of(Inline.text("What the sources cover"))),
        Inline.text(": items known, encoded and stubs per edition, volume and chapter; mapped fractions.")));
    return new OutputFile("index" + format.ext(), w.finish());
  }

  /** The coverage page at the site root ({@code coverage.md} or {@code coverage.html}). */
  static OutputFile coverage(Program program, Format format) {
    PageWriter w = format.writer().apply("kijun coverage", List.of());
    CoveragePage.write(w, dev.kijun.compiler.coverage.Coverage.of(program));
    return new OutputFile("coverage" + format.ext(), w.finish());
  }
}
