package dev.kijun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated evidence loads without problems and gives the expected outcome shape. Not a timed test. */
class HospitalEvidenceTest {
  @Test
  void generationIsDeterministic() {
    assertThat(HospitalEvidence.generate(300, 20)).isEqualTo(HospitalEvidence.generate(300, 20));
  }

  @Test
  void hospitalSizedEvidenceLoadsWithTheRequestedShape() throws Exception {
    Assessment<FacilityFacts> a =
        EvidenceLoader.load(HospitalEvidence.hospital2000(), "hospital-2000.json", FacilityFacts.class);
    FacilityFacts facts = a.facts();
    assertThat(facts.devices()).hasSize(2000);
    assertThat(facts.endpoints()).hasSize(50);
    assertThat(facts.wirelessNetworks()).isNotEmpty();
    Set<Object> fingerprints = new HashSet<>();
    facts.devices().forEach(d -> fingerprints.add(d.adminCredential().fingerprint()));
    assertThat(fingerprints).hasSize(2000);
    assertThat(a.answers()).hasSize(HospitalEvidence.questions().size());
    // The benchmarks time the path valid evidence takes: the generated one-pass reader, binding what Jackson binds.
    assertThat(EvidenceLoader.loadsInOnePass(HospitalEvidence.hospital2000(), FacilityFacts.class)).isTrue();
    assertThat(PlainEnvelope.READER.<PlainEnvelope>readValue(HospitalEvidence.hospital2000()).facts())
        .isEqualTo(facts);
  }

  @Test
  void hospitalSizedEvidencePassesEveryCheck() throws Exception {
    Map<String, Map<Outcome, Integer>> counts =
        HospitalEvidence.verdictCounts(HospitalEvidence.hospital2000(), "hospital-2000.json");
    assertThat(counts).containsOnlyKeys(dev.kijun.runtime.Editions.discover().stream().map(e -> e.info().key()).toList())
        .containsKeys("mhlw-checklist@R6", "mhlw-checklist@R7", "mhlw-guideline@5.2", "mhlw-guideline@6.0");
    counts.forEach((edition, c) ->
        assertThat(c.keySet()).as(edition).isSubsetOf(Outcome.SATISFIED, Outcome.NOT_APPLICABLE));
    int r7 = HospitalEvidence.edition(HospitalEvidence.CHECKLIST).validators().size();
    assertThat(counts.get("mhlw-checklist@R7")).containsEntry(Outcome.SATISFIED, r7);
  }

  @Test
  void samplesAreOnTheClassPath() throws Exception {
    for (String name : new String[] {"clinic", "hospital"}) {
      assertThat(EvidenceLoader.loadsInOnePass(Evidence.bytes(name), FacilityFacts.class)).as(name).isTrue();
      Assessment<FacilityFacts> a = EvidenceLoader.load(Evidence.bytes(name), name, FacilityFacts.class);
      for (Edition<FacilityFacts> e : HospitalEvidence.editions()) {
        for (Verdict v : e.validateAll(a)) {
          assertThat(v.outcome()).isNotNull();
        }
      }
      assertThat(PlainEnvelope.READER.<PlainEnvelope>readValue(Evidence.bytes(name)).facts())
          .isEqualTo(a.facts());
    }
  }
}
