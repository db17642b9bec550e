package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading markers reach the runtime: a facility that states its profiles gets NOT_APPLICABLE, with the reason in
 * words, for requirements read only under other profiles; a facility that states none is assessed on everything.
 */
class ProfilesEndToEndTest {
  static final String EDITION = """
      edition "marked@1";

      document {
        title ja "印" title en "Marked" publisher "kijun" published 2025-01-01 source "https://example.org/marked"
        evidence "facility" status verified
        profile I ja "自施設" en "On the premises"
        profile II ja "クラウド" en "Cloud"
        profile III ja "委託" en "Outsourced"
      }

      chapter "1" {
        profiles I, III
        requirement "1.1" {
          level mandatory status verified source "s" summary ja "j" summary en "e"
          check automated "there is a device" { count(d in devices) >= 1 }
        }
        requirement "1.2" {
          profiles II
          level mandatory status verified source "s" summary ja "j" summary en "e"
          check automated "there is a device" { count(d in devices) >= 1 }
        }
      }
      requirement "2" {
        level mandatory status verified source "s" summary ja "j" summary en "e"
        check automated "there is a device" { count(d in devices) >= 1 }
      }
      """;

  static Edition<?> edition;

  @BeforeAll
  static void compile() throws Exception {
    List<SourceFile> sources = new ArrayList<>(List.of(new SourceFile("facility.kijun", TestSources.SCHEMA)));
    sources.add(new SourceFile("marked.kijun", EDITION));
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(sources);
    assertThat(result.diagnostics()).isEmpty();
    Path work = Files.createTempDirectory("kijun-profiles");
    work.toFile().deleteOnExit();
    InMemoryJavac.Compiled compiled = InMemoryJavac.compile(Outputs.java(result.program().orElseThrow()), work);
    assertThat(compiled.diagnostics()).isEmpty();
    edition = Editions.discover(compiled.loader()).stream().filter(e -> e.info().key().equals("marked@1"))
        .findFirst().orElseThrow();
  }

  @Test
  void requirementsOutsideTheFacilitysProfilesAreNotApplicableWithTheReason() throws Exception {
    Map<String, Verdict> v = verdicts("\"profiles\": [\"II\"]");
    assertThat(v.get("1.1").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.get("1.1").findings().get(0).reason())
        .isEqualTo("read under profiles I, III; the facility's profiles are II");
    assertThat(v.get("1.2").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.get("2").outcome()).as("no marker: read by every profile").isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void oneSharedProfileIsEnough() throws Exception {
    Map<String, Verdict> v = verdicts("\"profiles\": [\"II\", \"III\"]");
    assertThat(v.get("1.1").outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(v.get("1.2").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void aFacilityWithoutProfilesIsAssessedOnEverything() throws Exception {
    Map<String, Verdict> v = verdicts(null);
    assertThat(v.values()).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.SATISFIED));
  }

  private static Map<String, Verdict> verdicts(String profiles) throws Exception {
    return run(edition, profiles).stream().collect(Collectors.toMap(x -> x.requirement().id().clause(), x -> x));
  }

  private static <E> List<Verdict> run(Edition<E> e, String profiles) throws Exception {
    String json = "{\"facility\": {\"name\": \"f\", \"kind\": \"medical-institution\""
        + (profiles == null ? "" : ", " + profiles) + "}, \"assessedOn\": \"2026-01-01\", \"facts\": {\"devices\": "
        + "[{\"id\": \"d\", \"kind\": \"server\", \"ports\": []}], \"endpoints\": [], \"inspectedOn\": \"2026-01-01\"}}";
    Assessment<E> a = EvidenceLoader.load(json.getBytes(StandardCharsets.UTF_8), "e.json", e.evidenceType());
    return e.validators().stream().map(val -> val.validate(a)).toList();
  }
}
