package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kijun coverage}: the same counts in text, Markdown (= the committed CONTENT.md) and JSON. */
class CoverageCommandTest {
  static final String GUIDELINES = CliTest.GUIDELINES;

  @Test
  void textNamesEveryEditionAndMapping() {
    CliTest.Run r = CliTest.run("coverage", GUIDELINES);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Coverage of the kijun sources").contains("mhlw-guideline@5.2", "mhlw-guideline@6.0",
        "mhlw-checklist@R7", " known, ", " encoded, ", "stubs: ", "recalled or inferred: ",
        "mapping mhlw-guideline@5.2 -> mhlw-guideline@6.0: ");
  }

  @Test
  void markdownIsTheGeneratedContentFileWithoutItsHeader() throws Exception {
    CliTest.Run r = CliTest.run("coverage", "--format", "md", GUIDELINES);
    assertThat(r.exit()).isZero();
    String content = Files.readString(Path.of("../guidelines/CONTENT.md"), StandardCharsets.UTF_8);
    assertThat(content).startsWith("<!-- Generated").endsWith(r.out());
  }

  @Test
  void jsonCountsAddUp(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("coverage.json");
    CliTest.Run r = CliTest.run("coverage", "--format", "json", "--out", out.toString(), GUIDELINES);
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(root.path("format").asText()).isEqualTo("kijun-coverage");
    assertThat(root.path("editions")).isNotEmpty();
    for (JsonNode e : root.path("editions")) {
      JsonNode t = e.path("total");
      assertThat(t.path("known").asInt()).as(e.path("edition").asText())
          .isEqualTo(t.path("encoded").asInt() + t.path("stubs").asInt());
      int byStatus = 0;
      for (JsonNode n : t.path("byStatus")) {
        byStatus += n.asInt();
      }
      assertThat(byStatus).isEqualTo(t.path("known").asInt());
    }
    for (JsonNode m : root.path("mappings")) {
      JsonNode s = m.path("sourceSide");
      assertThat(s.path("mapped").asInt() + s.path("withdrawn").asInt() + s.path("unaccounted").asInt())
          .isEqualTo(s.path("total").asInt());
    }
  }

  @Test
  void sourceErrorsExitOne(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.kijun");
    Files.writeString(bad, "edition \"x@1\";\nrequirement \"1\" { }\n");
    CliTest.Run r = CliTest.run("coverage", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[");
  }
}
