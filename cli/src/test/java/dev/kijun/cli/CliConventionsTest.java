package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Conventions every command keeps: its version from the build, one-line usage errors with exit 2, no Java text. */
class CliConventionsTest {
  private static String pomVersion() throws Exception {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  @Test
  void versionComesFromTheBuildOnEveryCommand() throws Exception {
    String version = pomVersion();
    assertThat(version).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    for (String[] args : new String[][] {{"--version"}, {"validate", "--version"}, {"collect", "tls", "--version"},
        {"check", "--version"}}) {
      CliTest.Run r = CliTest.run(args);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("kijun " + version + "\n");
    }
  }

  @Test
  void editionsCountsEncodedRequirementsAndSaysWhereStubsAreCounted() {
    CliTest.Run r = CliTest.run("editions");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("(?m)^mhlw-guideline@6\\.0 +\\d+ requirements  ")
        .contains("Clauses known but not yet encoded (stubs) are listed by `kijun coverage");
  }

  @Test
  void aMisspeltCommandIsAnErrorEvenWithHelp() {
    CliTest.Run r = CliTest.run("colect", "--help");
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).startsWith("kijun: unknown command `colect`\n").contains("kijun collect");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badOptionValuesGetOneLineInOurWords() {
    CliTest.Run r = CliTest.run("validate", "--edition", "all", "--as-of", "2026-13-01", "x.json");
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("kijun: Invalid value for option '--as-of': `2026-13-01` is not a date of the form"
        + " YYYY-MM-DD\nsee `kijun validate --help`\n");
    // A year beyond four digits would let `asOf + 1 day` leave the calendar at run time (exit 3 before).
    CliTest.Run far = CliTest.run("validate", "--edition", "all", "--as-of", "+999999999-12-31", "x.json");
    assertThat(far.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(far.err()).contains("`+999999999-12-31` is not a date of the form YYYY-MM-DD");
    CliTest.Run size = CliTest.run("validate", "--edition", "all", "--max-evidence-size", "lots", "x.json");
    assertThat(size.err()).contains("`lots` is not a size").doesNotContain("Exception").doesNotContain("Usage:");
  }
}
