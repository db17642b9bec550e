package dev.kijun.compiler.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kijun.compiler.docs.HtmlSiteGenerator;
import dev.kijun.compiler.docs.MarkdownGenerator;
import dev.kijun.runtime.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden files for the four diff renderings of the fixture ({@code golden/diff/fixture_1_to_2/expected.*}); rewrite
 * with {@code -Dgolden.update=true} and review the diff.
 */
class DiffRenderersGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/diff/fixture_1_to_2");

  @Test
  void text() {
    Golden.assertMatches(DIR.resolve("expected.txt"), DiffTextRenderer.render(EditionDiffTest.forward()));
  }

  @Test
  void markdown() {
    Golden.assertMatches(DIR.resolve("expected.md"), MarkdownGenerator.changes(DiffFixtures.program(), EditionDiffTest.forward()));
  }

  @Test
  void html() {
    Golden.assertMatches(DIR.resolve("expected.html"), HtmlSiteGenerator.changes(DiffFixtures.program(), EditionDiffTest.forward()));
  }

  @Test
  void json() {
    Golden.assertMatches(DIR.resolve("expected.json"), DiffJsonRenderer.render(EditionDiffTest.forward()));
  }

  @Test
  void htmlEscapesMappingTextAndIsSelfContained() {
    String html = HtmlSiteGenerator.changes(DiffFixtures.program(), EditionDiffTest.forward());
    assertThat(html).contains("overlap &lt;b&gt;&amp;&lt;/b&gt; | pipe").doesNotContain("<b>&</b>")
        .doesNotContain("<script").doesNotContain("http://").doesNotContain("<link");
  }

  @Test
  void htmlShowsOldAndNewSummariesSideBySideWithAWordDiff() {
    String html = HtmlSiteGenerator.changes(DiffFixtures.program(), EditionDiffTest.forward());
    assertThat(html).contains("<div class=\"sbs\">", "<del>old</del>", "<ins>new</ins>", "<del>古</del>",
        "<span class=\"tag summary-edited\">summary-edited</span>");
  }

  @Test
  void markdownEscapesPipesInCells() {
    assertThat(MarkdownGenerator.changes(DiffFixtures.program(), EditionDiffTest.forward())).contains("overlap \\<b\\>\\&\\</b\\> \\| pipe");
  }

  @Test
  void jsonIsDeterministicAndParses() throws Exception {
    String a = DiffJsonRenderer.render(EditionDiffTest.forward());
    assertThat(DiffJsonRenderer.render(EditionDiffTest.forward())).isEqualTo(a);
    JsonNode n = new ObjectMapper().readTree(a);
    assertThat(n.path("counts").path("strengthened").asInt()).isEqualTo(4);
    assertThat(n.path("changes").get(1).path("kinds").toString()).isEqualTo("[\"renumbered\",\"moved\",\"strengthened\"]");
    assertThat(n.path("changes").get(8).path("to").isNull()).isTrue();
  }
}
