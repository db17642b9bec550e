package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kijun migrate} on the bundled sources: the done-when cases and the exit codes. */
class MigrateCommandTest {
  static final String GUIDELINES = CliTest.GUIDELINES;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The clinic's R7 answers re-keyed to R6 (R7 2.11, 2.12, 2.6, 2.13 were R6 2.6–2.9; R7 2.7–2.10 and 4.1 did not exist). */
  static Path clinicAnswersR6(Path dir) throws Exception {
    ObjectNode clinic = (ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile());
    ObjectNode r7 = (ObjectNode) clinic.get("answers");
    ObjectNode r6 = JSON.createObjectNode();
    Map<String, String> back = new java.util.LinkedHashMap<>();
    for (String id : new String[] {"gate", "1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"}) {
      back.put(id, id);
    }
    back.put("2.6", "2.11");
    back.put("2.7", "2.12");
    back.put("2.8", "2.6");
    back.put("2.9", "2.13");
    back.forEach((six, seven) -> r6.set("mhlw-checklist@R6/" + six, r7.get("mhlw-checklist@R7/" + seven)));
    clinic.set("answers", r6);
    Path file = dir.resolve("clinic-answers-R6.json");
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(clinic));
    return file;
  }

  @Test
  void theR6AnswerSheetBecomesAnR7SheetThatAsksOnlyTheFiveNewItems(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("x");
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7",
        clinicAnswersR6(dir).toString(), GUIDELINES, "--out-dir", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("worklist.txt")).exists();
    JsonNode worklist = JSON.readTree(out.resolve("worklist.json").toFile());
    assertThat(worklist.path("counts").path("new").asInt()).isEqualTo(5);
    assertThat(worklist.path("counts").path("re-assess").asInt()).isZero();
    Path sheet = out.resolve("answers-mhlw-checklist@R7.json");
    JsonNode carried = JSON.readTree(sheet.toFile());
    assertThat(carried.has("facts")).as("facts may hold secrets and are never copied").isFalse();
    assertThat(Files.readString(out.resolve("worklist.txt"))).contains("facts not copied");
    // What the facility does next: merge the carried answers into its current evidence file.
    com.fasterxml.jackson.databind.node.ObjectNode merged =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile());
    merged.set("answers", carried.get("answers"));
    Path evidence = dir.resolve("clinic-R7.json");
    Files.writeString(evidence, JSON.writeValueAsString(merged));
    CliTest.Run v = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--format", "json", "--exit-zero",
        evidence.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    java.util.List<String> unanswered = new java.util.ArrayList<>();
    for (JsonNode verdict : JSON.readTree(v.out()).path("reports").get(0).path("verdicts")) {
      for (JsonNode f : verdict.path("findings")) {
        if (f.path("reason").asText().equals("no answer recorded")) {
          unanswered.add(verdict.path("requirement").asText());
        }
      }
    }
    assertThat(unanswered).containsExactly("mhlw-checklist@R7/2.7", "mhlw-checklist@R7/2.8",
        "mhlw-checklist@R7/2.9", "mhlw-checklist@R7/2.10", "mhlw-checklist@R7/4.1");
  }

  @Test
  void theClinicsFivePointTwoReportBecomesASixPointZeroWorklist(@TempDir Path dir) throws Exception {
    CliTest.Run report = CliTest.run("validate", "--edition", "mhlw-guideline@5.2", "--format", "json", "--exit-zero",
        CliTest.EXAMPLES + "clinic.json");
    Path results = dir.resolve("clinic-results-5.2.json");
    Files.writeString(results, report.out());
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-guideline@5.2", "--to", "mhlw-guideline@6.0",
        "--format", "json", results.toString(), GUIDELINES);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode w = JSON.readTree(r.out());
    assertThat(w.path("input").path("kind").asText()).isEqualTo("verdict-report");
    // One worklist item per 6.0 requirement; one dropped entry per 5.2 clause the mapping withdraws.
    dev.kijun.compiler.model.Program program = dev.kijun.compiler.KijunCompiler.compile(dev.kijun.compiler.Sources.read(
        java.util.List.of(Path.of(GUIDELINES)), Path.of(".."))).program().orElseThrow();
    assertThat(w.path("items")).hasSize(program.edition("mhlw-guideline@6.0").orElseThrow().requirements().size());
    assertThat(w.path("dropped")).hasSize(
        program.mapping("mhlw-guideline@5.2", "mhlw-guideline@6.0").orElseThrow().withdrawn().size());
    Path out = dir.resolve("out");
    assertThat(CliTest.run("migrate", "--from", "mhlw-guideline@5.2", "--to", "mhlw-guideline@6.0",
        results.toString(), GUIDELINES, "--out-dir", out.toString()).exit()).isZero();
    JsonNode six = JSON.readTree(out.resolve("results-mhlw-guideline@6.0.json").toFile());
    assertThat(six.path("reports").get(0).path("edition").path("key").asText()).isEqualTo("mhlw-guideline@6.0");
  }

  @Test
  void badInputExitsTwoAndWritesNothing(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"answers\": {\"mhlw-checklist@R6/9.9\": {\"answer\": \"yes\"}}, \"facts\": {}}");
    Path out = dir.resolve("out");
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7",
        bad.toString(), GUIDELINES, "--out-dir", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown clause `9.9`", "nothing written");
    assertThat(out).doesNotExist();
    Files.writeString(bad, "{not json");
    assertThat(CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7", bad.toString(),
        GUIDELINES).err()).contains("malformed JSON");
  }

  @Test
  void anAnswerSheetOfTheWrongEditionExitsTwo() {
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7",
        CliTest.EXAMPLES + "clinic.json", GUIDELINES);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("already holds answers for the target edition `mhlw-checklist@R7`");
  }

  @Test
  void noMappingOrMissingFileExitsTwo(@TempDir Path dir) {
    assertThat(CliTest.run("migrate", "--from", "mhlw-checklist@R7", "--to", "mhlw-guideline@6.0",
        CliTest.EXAMPLES + "clinic.json", GUIDELINES).exit()).isEqualTo(2);
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7",
        dir.resolve("none.json").toString(), GUIDELINES);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }
}
