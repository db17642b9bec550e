package dev.kijun.compiler.docs;

import dev.kijun.compiler.explain.ModelFixtures;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.testing.GoldenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The full Markdown and HTML sites of the two fixture editions (with the coverage page), compared with golden files. */
class DocsGoldenTest {
  private final ModelFixtures m = new ModelFixtures();

  @Test
  void markdownSite() {
    List<OutputFile> files = new ArrayList<>();
    files.add(MarkdownGenerator.generateRoot(m.program));
    files.add(MarkdownGenerator.generateCoverage(m.program));
    for (Edition e : m.program.editions()) {
      files.addAll(MarkdownGenerator.generate(m.program, e));
    }
    GoldenFiles.assertFiles("docs/demo_two_editions_markdown", files);
  }

  @Test
  void htmlSite() {
    List<OutputFile> files = new ArrayList<>();
    files.add(HtmlSiteGenerator.generateRoot(m.program));
    files.add(HtmlSiteGenerator.generateCoverage(m.program));
    for (Edition e : m.program.editions()) {
      files.addAll(HtmlSiteGenerator.generate(m.program, e));
    }
    GoldenFiles.assertFiles("docs/demo_two_editions_html", files);
  }
}
