package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kijun diff} on the bundled sources: the done-when cases and the exit codes. */
class DiffCommandTest {
  static final String GUIDELINES = CliTest.GUIDELINES;

  @Test
  void theRecommendedD1BecomingMandatoryIsStrengthenedAndC15IsMovedIntoSys13() {
    CliTest.Run r = CliTest.run("diff", "mhlw-guideline@5.2", "mhlw-guideline@6.0", GUIDELINES);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("6.11.D.1 → SYS.7.13  subset-of  [renumbered, moved, strengthened, summary-edited]",
        "strengthened: level recommended → mandatory; SYS.7.13 asks for more than 6.11.D.1 (subset-of)",
        "6.5.C.15 → SYS.13.13  superset-of  [renumbered, moved, weakened, check-changed, summary-edited]",
        "moved: the mapping says moved; section 6.5 「技術的安全対策」 → chapter SYS.13");
  }

  @Test
  void theReverseDirectionUsesTheInverseMapping() {
    CliTest.Run r = CliTest.run("diff", "mhlw-guideline@6.0", "mhlw-guideline@5.2", "--format", "json", GUIDELINES);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"basis\": \"inverse of mapping mhlw-guideline@5.2 -> mhlw-guideline@6.0\"");
  }

  @Test
  void everyFormatWritesToOutFile(@TempDir Path dir) throws Exception {
    for (String f : new String[] {"text", "md", "html", "json"}) {
      Path out = dir.resolve("diff." + f);
      CliTest.Run r = CliTest.run("diff", "mhlw-checklist@R6", "mhlw-checklist@R7", "--format", f, "--out",
          out.toString(), GUIDELINES);
      assertThat(r.exit()).isZero();
      assertThat(Files.readString(out)).contains("2.7").contains("new");
    }
    assertThat(Files.readString(dir.resolve("diff.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void noMappingBetweenTheEditionsIsBadUsage() {
    CliTest.Run r = CliTest.run("diff", "mhlw-checklist@R7", "mhlw-guideline@6.0", GUIDELINES);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no mapping between `mhlw-checklist@R7` and `mhlw-guideline@6.0`");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownEditionIsBadUsage() {
    CliTest.Run r = CliTest.run("diff", "mhlw-guideline@9.9", "mhlw-guideline@6.0", GUIDELINES);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no edition `mhlw-guideline@9.9` in the sources");
  }

  @Test
  void sourceErrorsExitOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.kijun"), "edition \"x@1\";\nrequirement {");
    CliTest.Run r = CliTest.run("diff", "x@1", "x@2", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void missingArgumentsAreBadUsage() {
    assertThat(CliTest.run("diff", "mhlw-guideline@5.2").exit()).isEqualTo(2);
  }
}
