package dev.kijun.compiler.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage counts what the model holds: stubs apart, statuses, check kinds, groups, and both sides of a mapping. */
class CoverageTest {
  static final String ONE = """
      edition "demo@1";

      volume "SYS" title ja "運用" en "Operations" {
        chapter "1" {
          requirement "SYS.1.1" {
            level mandatory status verified source "s" summary ja "j" summary en "e"
            check automated "a device" { count(d in devices) >= 1 }
            check question { ask ja "j" ask en "e" }
          }
          requirement "SYS.1.2" { status unknown "not read" source "s" page "3" }
        }
        chapter "2" {
          requirement "SYS.2.1" {
            level recommended status inferred "from the draft" source "s" summary ja "j" summary en "e"
            check review "r"
          }
        }
      }
      """;
  static final String TWO = """
      edition "demo@2";
      document { title ja "二" en "Two" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
      requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
      requirement "B" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
      requirement "C" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
      """;
  static final String MAP = """
      mapping "demo@1" to "demo@2";
      map "SYS.1.1" equivalent "A" { official doc "9298" page "4" rationale "same" }
      map "SYS.2.1" subset-of "A" { ours rationale "narrower" }
      withdrawn "SYS.1.2" { reason "gone" }
      new "B" { rationale "added" }
      new "C" { rationale "added" }
      """;

  static Coverage coverage() {
    List<SourceFile> files = new ArrayList<>(TestSources.prelude());
    files.add(new SourceFile("one.kijun", ONE));
    files.add(new SourceFile("two.kijun", TWO));
    files.add(new SourceFile("map.kijun", MAP));
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(files);
    assertThat(result.diagnostics()).isEmpty();
    return Coverage.of(result.program().orElseThrow());
  }

  @Test
  void editionTotalsCountStubsApart() {
    EditionCoverage one = coverage().editions().get(0);
    assertThat(one.key()).isEqualTo("demo@1");
    Counts t = one.total();
    assertThat(List.of(t.known(), t.encoded(), t.stubs())).containsExactly(3, 2, 1);
    assertThat(t.byStatus().get(Status.VERIFIED)).isEqualTo(1);
    assertThat(t.byStatus().get(Status.INFERRED)).isEqualTo(1);
    assertThat(t.byStatus().get(Status.UNKNOWN)).isEqualTo(1);
    assertThat(List.of(t.automated(), t.question(), t.review())).containsExactly(1, 1, 1);
    assertThat(one.stubs()).extracting(EditionCoverage.Clause::id).containsExactly("SYS.1.2");
    assertThat(one.uncertain()).extracting(EditionCoverage.Clause::id).containsExactly("SYS.2.1");
  }

  @Test
  void groupsAreTheVolumeAndItsChapters() {
    List<EditionCoverage.Group> groups = coverage().editions().get(0).groups();
    assertThat(groups).extracting(EditionCoverage.Group::path).containsExactly("SYS", "SYS.1", "SYS.2");
    assertThat(groups).extracting(EditionCoverage.Group::depth).containsExactly(0, 1, 1);
    assertThat(groups.get(1).counts().stubs()).isEqualTo(1);
    assertThat(groups.get(2).counts().known()).isEqualTo(1);
  }

  @Test
  void mappingsCountBothSidesAndTheProvenance() {
    MappingCoverage m = coverage().mappings().get(0);
    assertThat(m.from()).isEqualTo(new MappingCoverage.Side(3, 2, 1, 0));
    assertThat(m.to()).isEqualTo(new MappingCoverage.Side(3, 1, 2, 0));
    assertThat(List.of(m.lines(), m.officialLines(), m.ourLines())).containsExactly(2, 1, 1);
    assertThat(CoverageText.percent(m.from())).isEqualTo("67%");
    assertThat(CoverageText.fraction(m.to()).toPlainString()).isEqualTo("0.3333");
  }

  @Test
  void everyFormatIsDeterministicAndSaysTheSameNumbers() {
    String text = CoverageText.render(coverage());
    assertThat(text).isEqualTo(CoverageText.render(coverage()))
        .contains("demo@1  Demo", "3 known, 2 encoded, 1 stubs", "stubs: SYS.1.2 (unknown)",
            "recalled or inferred: SYS.2.1 (inferred)", "2 map lines (1 official, 1 ours)",
            "demo@1: 2 of 3 mapped (67%), 1 withdrawn, 0 unaccounted");
    String json = CoverageJson.render(coverage());
    assertThat(json).contains("\"format\": \"kijun-coverage\"", "\"mappedFraction\": 0.6667", "\"stubs\": 1");
  }
}
