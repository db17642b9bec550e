package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import java.util.List;

/**
 * Generates an edition's documentation as Markdown: {@code <document>/<edition>/index.md} (metadata and the
 * structure tree), {@code <document>/<edition>/evidence.md} (the evidence schema) and one
 * {@code <document>/<edition>/<clause>.md} per requirement. Pure: returns files, writes nothing.
 */
public final class MarkdownGenerator {
  private MarkdownGenerator() {}

  /** The pages of {@code edition}; links to other editions of {@code program} are relative. */
  public static List<OutputFile> generate(Program program, Edition edition) {
    return SiteGenerator.edition(program, edition, SiteGenerator.MARKDOWN);
  }

  /** {@code coverage.md}: what the sources of {@code program} cover; also {@code kijun coverage --format md}. */
  public static OutputFile generateCoverage(Program program) {
    return SiteGenerator.coverage(program, SiteGenerator.MARKDOWN);
  }

  /** {@code index.md}, the front page: editions with coverage, the mappings and every diff. */
  public static OutputFile generateRoot(Program program) {
    return SiteGenerator.root(program, SiteGenerator.MARKDOWN);
  }

  /** One page of changes per compiled mapping, {@code <doc>/<edition>/changes-from-<source>.md}, inside the site. */
  public static List<OutputFile> generateChanges(Program program) {
    return SiteGenerator.changesPages(program, SiteGenerator.MARKDOWN);
  }

  /** The changes between two editions as a standalone page ({@code kijun diff --format md}). */
  public static String changes(Program program, dev.kijun.compiler.diff.EditionChanges changes) {
    return SiteGenerator.changes(program, changes, SiteGenerator.MARKDOWN, false);
  }
}
