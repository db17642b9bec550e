package dev.kijun.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.fixtures.Requirements;
import dev.kijun.runtime.fixtures.TestEdition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of reports that golden files alone would not pin down. */
class ReportTest {
  private static Report withOutcomes(Outcome... outcomes) {
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      RequirementInfo info = Requirements.requirement("t@1/" + (i + 1), Level.MANDATORY,
          EnumSet.allOf(Audience.class), "r" + i, i, Requirements.questionCheck());
      verdicts.add(new Verdict(info, outcomes[i],
          List.of(new Finding(info.id(), CheckKind.QUESTION, outcomes[i], "because", List.of()))));
    }
    return new Report(new TestEdition().info(), "e.json", new Facility("f", Audience.VENDOR),
        LocalDate.of(2026, 1, 1), verdicts);
  }

  @Test
  void aVerdictIsFoundByItsClause() {
    Report r = withOutcomes(Outcome.SATISFIED, Outcome.NOT_SATISFIED);
    assertThat(r.verdict(ClauseRef.parse("t@1/2")).orElseThrow().outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(r.verdict(ClauseRef.parse("t@1/1")).orElseThrow().outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(r.verdict(ClauseRef.parse("t@1/3"))).isEmpty();
    assertThat(r.verdict(ClauseRef.parse("other@1/1"))).isEmpty();
  }

  @Test
  void failuresAreNotSatisfiedOrEvidenceMissing() {
    assertThat(withOutcomes(Outcome.SATISFIED, Outcome.NOT_APPLICABLE, Outcome.NEEDS_REVIEW, Outcome.WAIVED)
        .hasFailures()).isFalse();
    assertThat(withOutcomes(Outcome.SATISFIED, Outcome.NOT_SATISFIED).hasFailures()).isTrue();
    assertThat(withOutcomes(Outcome.WAIVED, Outcome.EVIDENCE_MISSING).hasFailures()).isTrue();
    assertThat(withOutcomes().hasFailures()).isFalse();
  }

  @Test
  void setHasFailuresWhenAnyReportHas() {
    Report clean = withOutcomes(Outcome.SATISFIED);
    assertThat(Report.combine(List.of(clean, clean)).hasFailures()).isFalse();
    assertThat(Report.combine(List.of(clean, withOutcomes(Outcome.EVIDENCE_MISSING))).hasFailures()).isTrue();
  }

  @Test
  void countsListEveryOutcomeInDeclarationOrder() {
    Report r = withOutcomes(Outcome.WAIVED, Outcome.SATISFIED, Outcome.WAIVED);
    assertThat(r.counts().keySet()).containsExactly(Outcome.values());
    assertThat(r.counts()).containsEntry(Outcome.WAIVED, 2).containsEntry(Outcome.SATISFIED, 1)
        .containsEntry(Outcome.NOT_SATISFIED, 0);
    assertThat(Report.combine(List.of(r, r)).counts()).containsEntry(Outcome.WAIVED, 4);
  }

  @Test
  void renderingIsDeterministicAndNeverClaimsCompliance() throws Exception {
    Report r = ReportGoldenTest.report("sakura.json");
    for (String out : List.of(TextReport.render(r), JsonReport.render(r),
        TextReport.render(Report.combine(List.of(r))), JsonReport.render(Report.combine(List.of(r))))) {
      assertThat(out).endsWith("\n").doesNotContain("\r").doesNotContainIgnoringCase("compliant")
          .contains("not a claim of compliance");
    }
    assertThat(TextReport.render(ReportGoldenTest.report("sakura.json"))).isEqualTo(TextReport.render(r));
    assertThat(JsonReport.render(ReportGoldenTest.report("sakura.json"))).isEqualTo(JsonReport.render(r));
  }

  @Test
  void secretValuesNeverAppear() throws Exception {
    Report r = ReportGoldenTest.report("sakura.json");
    assertThat(TextReport.render(r)).doesNotContain("s3cr3t");
    assertThat(JsonReport.render(r)).doesNotContain("s3cr3t");
  }

  @Test
  void jsonIsValidAndAgreesWithTheReport() throws Exception {
    Report r = ReportGoldenTest.report("vendor.json");
    JsonNode root = new ObjectMapper().readTree(JsonReport.render(r));
    assertThat(root.path("facility").path("name").asText()).isEqualTo("Kiku Systems \"EHR\" K.K.");
    assertThat(root.path("verdicts")).hasSize(r.verdicts().size());
    assertThat(root.path("counts").path("waived").asInt()).isEqualTo(r.counts().get(Outcome.WAIVED));
    assertThat(root.path("hasFailures").asBoolean()).isEqualTo(r.hasFailures());
    JsonNode review = root.path("verdicts").get(3).path("findings").get(0);
    assertThat(review.path("reason").asText()).contains("clause 7 missing;\nsee ticket \\SEC-12");
  }

  @Test
  void theToDoListPutsThePlaceMostRequirementsWaitOnFirst() {
    Observation gate = new Observation(Observation.Kind.MISSING, "answers[\"t@1/gate\"]", "", "", "", "");
    Observation patch = new Observation(Observation.Kind.MISSING, "devices[0].lastSecurityPatch", "Device", "pc-1",
        "", "\"YYYY-MM-DD\"");
    Observation own = new Observation(Observation.Kind.MISSING, "answers[\"t@1/4\"]", "", "", "", "");
    List<Verdict> verdicts = new ArrayList<>();
    List<List<Observation>> seen = List.of(List.of(patch), List.of(gate), List.of(gate, patch), List.of(gate, own));
    for (int i = 0; i < seen.size(); i++) {
      RequirementInfo info = Requirements.requirement("t@1/" + (i + 1), Level.MANDATORY,
          EnumSet.allOf(Audience.class), "r" + i, i, Requirements.questionCheck());
      verdicts.add(new Verdict(info, Outcome.EVIDENCE_MISSING, List.of(new Finding(info.id(), CheckKind.QUESTION,
          Outcome.EVIDENCE_MISSING, "missing", List.of(), seen.get(i), 0))));
    }
    String text = TextReport.render(new Report(new TestEdition().info(), "e.json",
        new Facility("f", Audience.VENDOR), LocalDate.of(2026, 1, 1), verdicts));
    assertThat(text).containsSubsequence("to do (the JSON for each is under the requirements below)\n",
        "  answers[\"t@1/gate\"]  needed by 3 requirements\n",
        "  devices[0].lastSecurityPatch  needed by 2 requirements\n",
        "  then 1 answer, needed by one requirement\n", "== evidence-missing (4)");
    assertThat(TextReport.render(withOutcomes(Outcome.SATISFIED, Outcome.NOT_SATISFIED)))
        .as("nothing to add, no list").doesNotContain("to do (the JSON");
  }

  @Test
  void jsonListsTheAlternativesOfAFailedOrWithTheirPathsAndValues() throws Exception {
    Observation min13 = new Observation(Observation.Kind.FAILED, "systems[0].minLength", "InformationSystem", "emr",
        "6", ">= 13");
    Observation expires = new Observation(Observation.Kind.FAILED, "systems[0].expires", "InformationSystem", "emr",
        "false", "true");
    Observation either = dev.kijun.runtime.eval.Alternatives.either(List.of(min13), List.of(expires)).get(0);
    RequirementInfo info = Requirements.requirement("t@1/1", Level.MANDATORY, EnumSet.allOf(Audience.class), "r", 1,
        Requirements.automatedCheck("passwords"));
    Verdict v = new Verdict(info, Outcome.NOT_SATISFIED, List.of(new Finding(info.id(), CheckKind.AUTOMATED,
        Outcome.NOT_SATISFIED, "does not hold", either.paths(), List.of(either), 0)));
    JsonNode o = new ObjectMapper().readTree(JsonReport.render(new Report(new TestEdition().info(), "e.json",
        new Facility("f", Audience.VENDOR), LocalDate.of(2026, 1, 1), List.of(v))))
        .path("verdicts").get(0).path("findings").get(0).path("observations").get(0);
    assertThat(o.path("path").asText()).isEqualTo("systems[0]");
    assertThat(o.path("expected").asText()).isEqualTo("one of: minLength >= 13 (is 6); expires: true (is false)");
    assertThat(o.path("alternatives")).hasSize(2);
    assertThat(o.path("alternatives").get(1).get(0).path("path").asText()).isEqualTo("systems[0].expires");
    assertThat(o.path("alternatives").get(1).get(0).path("value").asText()).isEqualTo("false");
    assertThat(o.path("alternatives").get(1).get(0).has("alternatives")).as("only a group has the key").isFalse();
  }

  @Test
  void textKeepsUserTextOnOneLine() throws Exception {
    String text = TextReport.render(ReportGoldenTest.report("vendor.json"));
    assertThat(text).contains("clause 7 missing; see ticket \\SEC-12").doesNotContain("missing;\n");
  }
}
