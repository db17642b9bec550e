package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Commands run without PATH read the guideline sources bundled with kijun: the same files as the repository's. */
class BundledSourcesTest {
  @Test
  void theBundledSourcesAreTheRepositorysSources() throws Exception {
    List<SourceFile> bundled = BundledSources.load();
    Path root = Path.of(CliTest.GUIDELINES);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".kijun")).sorted().toList();
    }
    assertThat(bundled).hasSize(files.size());
    for (SourceFile s : bundled) {
      String rel = s.path().substring(s.path().indexOf("!/") + 2); // <jar or classes folder>!/<path>
      assertThat(s.text()).as(rel).isEqualTo(Files.readString(root.resolve(rel)));
    }
  }

  @Test
  void diffWithoutPathEqualsDiffOverTheRepositorySources() {
    CliTest.Run bundled = CliTest.run("diff", "mhlw-guideline@5.2", "mhlw-guideline@6.0");
    CliTest.Run given = CliTest.run("diff", "mhlw-guideline@5.2", "mhlw-guideline@6.0", CliTest.GUIDELINES);
    assertThat(bundled.exit()).as(bundled.err()).isZero();
    assertThat(bundled.err()).startsWith("kijun: no PATH given: reading the ").contains("guideline sources bundled");
    assertThat(bundled.out()).isEqualTo(given.out()).contains("mhlw-guideline@5.2 to mhlw-guideline@6.0");
    assertThat(given.err()).doesNotContain("bundled");
  }

  @Test
  void coverageAndCheckWithoutPathWork() {
    CliTest.Run coverage = CliTest.run("coverage");
    assertThat(coverage.exit()).as(coverage.err()).isZero();
    assertThat(coverage.out()).contains("mhlw-guideline@6.0");
    CliTest.Run check = CliTest.run("check");
    assertThat(check.exit()).as(check.err()).isZero();
  }
}
