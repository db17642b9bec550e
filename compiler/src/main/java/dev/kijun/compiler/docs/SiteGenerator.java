package dev.kijun.compiler.docs;

import dev.kijun.compiler.diff.EditionChanges;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the pages of the site in one format; {@link MarkdownGenerator} and {@link HtmlSiteGenerator} use it. */
final class SiteGenerator {
  /** An output format: its file extension and how to start a page. */
  record Format(String ext, Writers writers) {}

  /** Starts a page with a title, a footer, and the relative path to the site root (null: a standalone page). */
  interface Writers {
    PageWriter start(String title, List<Inline> footer, String root);
  }

  static final Format MARKDOWN = new Format(".md", (title, footer, root) -> new MarkdownWriter(footer));
  static final Format HTML = new Format(".html", HtmlWriter::new);

  /** From a page of an edition ({@code <document>/<edition>/…}) to the site root. */
  static final String FROM_EDITION = "../../";

  private SiteGenerator() {}

  /** Index, evidence schema and one page per requirement, in that order. */
  static List<OutputFile> edition(Program program, Edition edition, Format format) {
    SiteLinks links = new SiteLinks(program, edition, format.ext());
    Map<ClauseRef, List<ClauseRef>> citedBy = BackReferences.of(program);
    List<Inline> footer = Pages.footer(edition);
    List<OutputFile> out = new ArrayList<>();

    PageWriter index = format.writers().start(Pages.preferred(edition.info().title()), footer, FROM_EDITION);
    IndexPage.write(index, links, edition);
    out.add(new OutputFile(SiteLinks.path(edition, "index", format.ext()), index.finish()));

    PageWriter schema = format.writers().start("Evidence schema " + edition.schema().name() + " — " + edition.key(),
        footer, FROM_EDITION);
    SchemaPage.write(schema, links, edition);
    out.add(new OutputFile(SiteLinks.path(edition, "evidence", format.ext()), schema.finish()));

    for (Requirement r : edition.requirements()) {
      String title = r.id() + (r.title().en().isEmpty() ? "" : " " + r.title().en());
      PageWriter page = format.writers().start(title, footer, FROM_EDITION);
      RequirementPage.write(page, links, edition, r, citedBy.getOrDefault(r.id(), List.of()));
      out.add(new OutputFile(SiteLinks.path(edition, DocNames.requirementPage(r.id().clause()), format.ext()), page.finish()));
    }
    return out;
  }

  /** The site's front page: editions with their coverage, the mapping graph, every diff, and the search. */
  static OutputFile root(Program program, Format format) {
    PageWriter w = format.writers().start("kijun guidelines", List.of(), "");
    FrontPage.write(w, program, format.ext());
    return new OutputFile("index" + format.ext(), w.finish());
  }

  /** The coverage page at the site root ({@code coverage.md} or {@code coverage.html}). */
  static OutputFile coverage(Program program, Format format) {
    PageWriter w = format.writers().start("kijun coverage", List.of(), "");
    CoveragePage.write(w, dev.kijun.compiler.coverage.Coverage.of(program));
    return new OutputFile("coverage" + format.ext(), w.finish());
  }

  /**
   * What changed between two editions, as a page of the site ({@code inSite}: with the navigation and links to each
   * clause's page) or as a standalone page ({@code kijun diff --format html|md}).
   */
  static String changes(Program program, EditionChanges changes, Format format, boolean inSite) {
    String title = "What changed from " + changes.source() + " to " + changes.target();
    PageWriter w = format.writers().start(title, List.of(), inSite ? FROM_EDITION : null);
    ChangesPage.write(w, program, changes, inSite ? format.ext() : null);
    return w.finish();
  }

  /** One page of changes per compiled mapping, beside the target edition's index. */
  static List<OutputFile> changesPages(Program program, Format format) {
    List<OutputFile> out = new ArrayList<>();
    for (dev.kijun.compiler.model.Mapping m : program.mappings()) {
      out.add(new OutputFile(FrontPage.changesPage(m, format.ext()),
          changes(program, dev.kijun.compiler.diff.EditionDiff.diff(program, m), format, true)));
    }
    return out;
  }
}
