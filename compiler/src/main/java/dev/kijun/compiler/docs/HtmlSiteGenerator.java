package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import java.util.List;

/**
 * Generates an edition's documentation as a static HTML site with the same layout as {@link MarkdownGenerator}
 * ({@code <document>/<edition>/index.html}, {@code evidence.html}, {@code <clause>.html}). Pages are self-contained:
 * UTF-8, one inline style sheet, no external resources, no timestamps; the only script is the front page's search,
 * inline. Pure: returns files, writes nothing.
 */
public final class HtmlSiteGenerator {
  private HtmlSiteGenerator() {}

  /** The pages of {@code edition}; links to other editions of {@code program} are relative. */
  public static List<OutputFile> generate(Program program, Edition edition) {
    return SiteGenerator.edition(program, edition, SiteGenerator.HTML);
  }

  /** {@code coverage.html}: what the sources of {@code program} cover. */
  public static OutputFile generateCoverage(Program program) {
    return SiteGenerator.coverage(program, SiteGenerator.HTML);
  }

  /** {@code index.html}, the front page: editions with coverage, the mapping graph, every diff and the search. */
  public static OutputFile generateRoot(Program program) {
    return SiteGenerator.root(program, SiteGenerator.HTML);
  }

  /** One page of changes per compiled mapping, {@code <doc>/<edition>/changes-from-<source>.html}, inside the site. */
  public static List<OutputFile> generateChanges(Program program) {
    return SiteGenerator.changesPages(program, SiteGenerator.HTML);
  }

  /** The changes between two editions as a standalone page ({@code kijun diff --format html}). */
  public static String changes(Program program, dev.kijun.compiler.diff.EditionChanges changes) {
    return SiteGenerator.changes(program, changes, SiteGenerator.HTML, false);
  }
}
