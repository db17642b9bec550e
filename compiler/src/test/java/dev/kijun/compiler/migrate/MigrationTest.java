package dev.kijun.compiler.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kijun.compiler.diff.DiffFixtures;
import dev.kijun.compiler.diff.Mappings;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Migration end to end on the inline fixture editions: answer sheets, verdict reports, bad input, goldens. */
class MigrationTest {
  static final Path DIR = Path.of("src/test/resources/golden/migrate/fixture_1_to_2");

  static final String SHEET = """
      {
        "facility": {"name": "Test", "kind": "medical-institution"},
        "assessedOn": "2026-01-10",
        "facts": {"items": []},
        "answers": {
          "other@9/x": {"answer": "yes", "checkedOn": "2026-01-01"},
          "doc@1/1.1.1": {"answer": "yes", "checkedOn": "2026-01-02"},
          "doc@1/1.1.2": {"answer": "yes", "checkedOn": "2026-01-03"},
          "doc@1/1.1.3": {"answer": "no", "checkedOn": "2026-01-04", "targetDate": "2026-06-30"},
          "doc@1/1.1.4": {"answer": "yes", "checkedOn": "2026-01-05"},
          "doc@1/1.2.1": {"answer": "yes", "checkedOn": "2026-01-06"},
          "doc@1/1.2.2": {"answer": "no", "checkedOn": "2026-01-07", "targetDate": "2026-09-30"},
          "doc@1/1.2.3": {"answer": "not-applicable", "checkedOn": "2026-01-08"},
          "doc@1/1.2.4": {"answer": "yes", "checkedOn": "2026-01-09"},
          "doc@1/1.2.5": {"answer": "no", "checkedOn": "2026-01-09", "targetDate": "2026-03-31"},
          "doc@1/1.2.6": {"answer": "yes", "checkedOn": "2026-01-09"}
        },
        "reviews": {"doc@1/1.1.4": {"satisfied": true, "reviewer": "R", "reviewedOn": "2026-01-05"}},
        "waivers": []
      }
      """;

  static Migrator.Result run(String text) throws MigrationException {
    Program p = DiffFixtures.program();
    return Migrator.migrate(p, Mappings.find(p, "doc@1", "doc@2").orElseThrow(), "sheet.json", text);
  }

  static String file(Migrator.Result r, String name) {
    return r.files().stream().filter(f -> f.path().equals(name)).map(OutputFile::content).findFirst().orElseThrow();
  }

  @Test
  void anAnswerSheetGivesOneItemPerTargetClauseByTheRules() throws Exception {
    Worklist w = run(SHEET).worklist();
    assertThat(w.inputKind()).isEqualTo(Worklist.InputKind.ANSWER_SHEET);
    assertThat(w.item("1.1.1").orElseThrow().disposition()).isEqualTo(Disposition.CARRIED);
    assertThat(w.item("3.1.1").orElseThrow().disposition()).isEqualTo(Disposition.CARRIED_WITH_FOLLOW_UP);
    assertThat(w.item("3.1.1").orElseThrow().followUp()).hasValueSatisfying(f -> assertThat(f)
        .contains("doc@2/3.1.1 asks for more than doc@1/1.1.2 (\"up\")", "recommended, now mandatory and automated"));
    assertThat(w.item("1.1.3").orElseThrow().result()).contains(SourceResult.NOT_SATISFIED);
    assertThat(w.item("1.1.5").orElseThrow().result()).contains(SourceResult.SATISFIED);
    assertThat(w.item("3.1.2").orElseThrow().result()).contains(SourceResult.SATISFIED);
    Worklist.Item merged = w.item("2.1.1").orElseThrow();
    assertThat(merged.disposition()).isEqualTo(Disposition.CARRIED);
    assertThat(merged.result()).contains(SourceResult.NOT_SATISFIED);
    assertThat(merged.sources()).extracting(s -> s.clause().clause()).containsExactly("1.2.1", "1.2.2");
    assertThat(w.item("2.1.3").orElseThrow().result()).contains(SourceResult.NOT_APPLICABLE);
    assertThat(w.item("2.1.5").orElseThrow().disposition()).isEqualTo(Disposition.REASSESS);
    assertThat(w.item("2.1.6").orElseThrow().disposition()).isEqualTo(Disposition.REASSESS);
    assertThat(w.item("3.1.9").orElseThrow().disposition()).isEqualTo(Disposition.NEW);
    assertThat(w.dropped()).extracting(d -> d.clause().clause()).containsExactly("1.2.4");
    assertThat(w.notes()).containsExactly("facts not copied: they may hold secret values; merge the carried `answers`"
            + " into your current evidence file, e.g. jq -s '.[0] * {answers: .[1].answers}' evidence.json"
            + " answers-<edition>.json",
        "review doc@1/1.1.4 not carried: reviews belong to one edition's requirement; review the successor again");
  }

  @Test
  void nothingIsCarriedOntoAStubEvenFromAnEqualClause() throws Exception {
    String document = " document { title ja \"文書\" en \"Doc\" publisher \"p\" published 2024-01-01"
        + " source \"https://example.org\" evidence \"s\" status verified }\n";
    String question = " level mandatory status verified source \"u\" summary ja \"j\" summary en \"e\""
        + " check question { ask ja \"か\" ask en \"q?\" } }\n";
    Program p = DiffFixtures.compile(
        "edition \"x@7\";" + document + "requirement \"1\" {" + question + "requirement \"2\" {" + question,
        "edition \"x@8\";" + document + "requirement \"1\" { status unknown \"not read\" source \"u\" }\n"
            + "requirement \"2\" {" + question,
        "mapping \"x@7\" to \"x@8\";\nmap \"1\" equal \"1\" { ours rationale \"presumed the same\" }\n"
            + "map \"2\" equal \"2\" { ours rationale \"the same\" }\n");
    String sheet = """
        {
          "facility": {"name": "Test", "kind": "medical-institution"},
          "assessedOn": "2026-01-10",
          "facts": {"items": []},
          "answers": {
            "x@7/1": {"answer": "yes", "checkedOn": "2026-01-02"},
            "x@7/2": {"answer": "yes", "checkedOn": "2026-01-03"}
          }
        }
        """;
    Migrator.Result r = Migrator.migrate(p, Mappings.find(p, "x@7", "x@8").orElseThrow(), "sheet.json", sheet);
    Worklist.Item stub = r.worklist().item("1").orElseThrow();
    assertThat(stub.disposition()).isEqualTo(Disposition.REASSESS);
    assertThat(stub.result()).isEmpty();
    assertThat(stub.reason()).contains("stub", "nothing is carried");
    assertThat(stub.sources()).extracting(s -> s.clause().toString()).containsExactly("x@7/1");
    assertThat(r.worklist().item("2").orElseThrow().disposition()).isEqualTo(Disposition.CARRIED);
    JsonNode answers = new ObjectMapper().readTree(file(r, "answers-x@8.json")).path("answers");
    assertThat(answers.has("x@8/1")).as("no answer on the stub").isFalse();
    assertThat(answers.path("x@8/2").path("answer").asText()).isEqualTo("yes");
  }

  @Test
  void theAnswerSheetForTheTargetKeepsCarriedAnswersWithDatesAndLeavesTheRestUnanswered() throws Exception {
    JsonNode out = new ObjectMapper().readTree(file(run(SHEET), "answers-doc@2.json"));
    JsonNode answers = out.path("answers");
    assertThat(answers.path("other@9/x").path("answer").asText()).isEqualTo("yes");
    assertThat(answers.path("doc@2/1.1.3").path("targetDate").asText()).isEqualTo("2026-06-30");
    assertThat(answers.path("doc@2/2.1.1").path("checkedOn").asText()).isEqualTo("2026-01-07");
    assertThat(answers.path("doc@2/3.1.1").path("answer").asText()).isEqualTo("yes");
    assertThat(answers.has("doc@2/2.1.5")).isFalse();
    assertThat(answers.has("doc@2/2.1.6")).isFalse();
    assertThat(answers.has("doc@2/3.1.9")).isFalse();
    java.util.List<String> keys = new java.util.ArrayList<>();
    answers.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).noneMatch(k -> k.startsWith("doc@1/"));
    assertThat(out.path("reviews").size()).isZero();
    assertThat(out.has("facts")).as("facts may hold secrets and are never copied").isFalse();
    assertThat(out.path("facility").path("name").asText()).isEqualTo("Test");
  }

  @Test
  void worklistGoldens() throws Exception {
    Migrator.Result r = run(SHEET);
    Golden.assertMatches(DIR.resolve("worklist.txt"), file(r, "worklist.txt"));
    Golden.assertMatches(DIR.resolve("worklist.json"), file(r, "worklist.json"));
    Golden.assertMatches(DIR.resolve("answers-doc@2.json"), file(r, "answers-doc@2.json"));
    assertThat(file(run(SHEET), "worklist.json")).isEqualTo(file(r, "worklist.json"));
  }

  static final String REPORT = """
      {
        "notice": "n",
        "counts": {},
        "hasFailures": true,
        "reports": [
          {
            "edition": {"key": "doc@1"},
            "evidenceFile": "e.json",
            "facility": {"name": "Test", "kind": "vendor"},
            "asOf": "2026-01-10",
            "verdicts": [
              {"requirement": "doc@1/1.1.1", "outcome": "satisfied", "findings": []},
              {"requirement": "doc@1/1.1.3", "outcome": "not-satisfied", "findings": [
                {"check": "automated", "outcome": "not-satisfied", "reason": "r", "evidencePaths": ["items[0].vs"]}]},
              {"requirement": "doc@1/1.1.4", "outcome": "waived", "findings": []},
              {"requirement": "doc@1/1.2.3", "outcome": "needs-review", "findings": []}
            ]
          }
        ]
      }
      """;

  @Test
  void aVerdictReportBecomesAReportForTheTargetWithCarriedOrReassessOutcomes() throws Exception {
    Migrator.Result r = run(REPORT.replace("\"vendor\"", "\"medical-institution\""));
    assertThat(r.worklist().inputKind()).isEqualTo(Worklist.InputKind.VERDICT_REPORT);
    JsonNode out = new ObjectMapper().readTree(file(r, "results-doc@2.json"));
    JsonNode report = out.path("reports").get(0);
    assertThat(report.path("edition").path("key").asText()).isEqualTo("doc@2");
    JsonNode v = report.path("verdicts");
    assertThat(v).hasSize(10);
    assertThat(v.get(0).path("requirement").asText()).isEqualTo("doc@2/1.1.1");
    assertThat(v.get(0).path("outcome").asText()).isEqualTo("satisfied");
    assertThat(v.get(1).path("outcome").asText()).isEqualTo("not-satisfied");
    assertThat(v.get(1).path("findings").get(0).path("evidencePaths").get(0).asText()).isEqualTo("items[0].vs");
    assertThat(v.get(2).path("outcome").asText()).as("1.1.5 from a waived source").isEqualTo("needs-review");
    assertThat(v.get(2).path("findings").get(0).path("reason").asText()).startsWith("re-assess");
    assertThat(report.path("counts").path("satisfied").asInt()).isEqualTo(1);
    assertThat(report.path("hasFailures").asBoolean()).isTrue();
  }

  @Test
  void inAReportTargetsNotAddressedToTheFacilityAreNotApplicable() throws Exception {
    JsonNode out = new ObjectMapper().readTree(file(run(REPORT.replace("\"vendor\"", "\"pharmacy\"")), "results-doc@2.json"));
    // every fixture requirement is addressed to all audiences by default, so nothing changes for a pharmacy
    assertThat(out.path("reports").get(0).path("counts").path("not-applicable").asInt()).isZero();
  }

  @Test
  void malformedJsonIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> run("{\"answers\": {")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("sheet.json: malformed JSON at line 1");
  }

  @Test
  void anAnswerSheetForAnotherEditionIsRejected() {
    assertThatThrownBy(() -> run("{\"facts\": {\"items\": []}, \"answers\": {\"other@9/x\": {\"answer\": \"yes\"}}}"))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("no answers for `doc@1`; the file answers other@9 (wrong edition?)");
  }

  @Test
  void unknownClauseKeysAndBadAnswersAreAllListed() {
    assertThatThrownBy(() -> run(SHEET.replace("doc@1/1.2.6", "doc@1/9.9").replace("\"not-applicable\"", "\"maybe\"")))
        .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.problems()).containsExactly(
            "sheet.json: answers[\"doc@1/1.2.3\"].answer: expected `yes`, `no` or `not-applicable`",
            "sheet.json: answers[\"doc@1/9.9\"]: unknown clause `9.9`: not a requirement of `doc@1`"));
  }

  @Test
  void answersAlreadyKeyedToTheTargetAreRejected() {
    assertThatThrownBy(() -> run(SHEET.replace("other@9/x", "doc@2/1.1.1"))).isInstanceOf(MigrationException.class)
        .hasMessageContaining("already holds answers for the target edition `doc@2`");
  }

  @Test
  void aReportForAnotherEditionOrWithUnknownClausesIsRejected() {
    assertThatThrownBy(() -> run(REPORT.replace("\"key\": \"doc@1\"", "\"key\": \"doc@2\"")))
        .isInstanceOf(MigrationException.class).hasMessageContaining("no report for `doc@1`; the file reports on doc@2");
    assertThatThrownBy(() -> run(REPORT.replace("doc@1/1.2.3", "doc@1/7.7")))
        .isInstanceOf(MigrationException.class).hasMessageContaining("unknown clause `doc@1/7.7`");
    assertThatThrownBy(() -> run("{\"something\": 1}")).isInstanceOf(MigrationException.class)
        .hasMessageContaining("neither a verdict report");
  }
}
