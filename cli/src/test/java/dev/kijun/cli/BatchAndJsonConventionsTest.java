package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --format json} every outcome is one JSON document on standard output and the exit code still says
 * what happened; a batch validates every file it can and names each bad one; a directory is a batch with one
 * summary line per file.
 */
class BatchAndJsonConventionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BAD = "{\"facility\": {\"name\": \"x\", \"kind\": \"clinic\"}, \"assessedOn\": \"2026-11-01\","
      + "\n \"facts\": {\"devices\": [], \"endpoints\": [], \"wirelessNetworks\": [], \"extra\": 1}}";

  private static Path bad(Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, BAD, StandardCharsets.UTF_8);
    return bad;
  }

  @Test
  void badEvidenceUnderJsonIsOneDocumentWithProblemsAndExitTwo(@TempDir Path dir) throws Exception {
    Path bad = bad(dir);
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-guideline@5.2", "--format", "json",
        CliTest.EXAMPLES + "hospital.json", bad.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEmpty();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.path("status").asText()).isEqualTo("bad-input");
    assertThat(doc.path("reports")).hasSize(1);
    assertThat(doc.path("reports").get(0).path("evidenceFile").asText()).endsWith("hospital.json");
    JsonNode extra = null;
    for (JsonNode p : doc.path("problems")) {
      assertThat(p.path("file").asText()).isEqualTo(bad.toString());
      if (p.path("message").asText().contains("unknown field `extra`")) {
        extra = p;
      }
    }
    assertThat(extra).as("a problem about facts.extra in %s", doc.path("problems")).isNotNull();
    assertThat(extra.path("path").asText()).startsWith("facts");
    assertThat(extra.path("line").asInt()).isEqualTo(2);
    assertThat(extra.path("column").asInt()).isPositive();
  }

  @Test
  void goodEvidenceUnderJsonSaysItsStatus() throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--format", "json",
        CliTest.EXAMPLES + "clinic.json");
    assertThat(r.exit()).isEqualTo(Main.FAILURES);
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.path("status").asText()).isEqualTo("failures");
    assertThat(doc.path("problems")).isEmpty();
  }

  @Test
  void anUnknownEditionAndABadOptionValueUnderJsonAreDocumentsToo() throws Exception {
    CliTest.Run edition = CliTest.run("validate", "--edition", "nope@1", "--format", "json",
        CliTest.EXAMPLES + "clinic.json");
    assertThat(edition.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(JSON.readTree(edition.out()).path("problems").get(0).path("message").asText())
        .contains("no compiled edition `nope@1`");
    CliTest.Run date = CliTest.run("validate", "--edition", "all", "--format", "json", "--as-of", "2026-13-01",
        CliTest.EXAMPLES + "clinic.json");
    assertThat(date.exit()).isEqualTo(Main.BAD_INPUT);
    JsonNode doc = JSON.readTree(date.out());
    assertThat(doc.path("status").asText()).isEqualTo("bad-usage");
    assertThat(doc.path("problems").get(0).path("message").asText()).contains("`2026-13-01` is not a date");
  }

  @Test
  void strictUnderJsonLocatesTheUnreadEntry(@TempDir Path dir) throws Exception {
    String hospital = Files.readString(Path.of(CliTest.EXAMPLES + "hospital.json"), StandardCharsets.UTF_8);
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, hospital.replaceFirst("\"answers\"\\s*:\\s*\\{",
        "\"answers\": {\n    \"mhlw-checklist@R7/2.08\": {\"answer\": \"yes\", \"checkedOn\": \"2026-10-01\"},"),
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("validate", "--strict", "--edition", "mhlw-checklist@R7", "--format", "json",
        typo.toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(Main.BAD_INPUT);
    JsonNode problem = JSON.readTree(r.out()).path("problems").get(0);
    assertThat(problem.path("path").asText()).isEqualTo("answers[\"mhlw-checklist@R7/2.08\"]");
    List<String> lines = Files.readAllLines(typo);
    assertThat(lines.get(problem.path("line").asInt() - 1)).contains("mhlw-checklist@R7/2.08");
  }

  @Test
  void aDirectoryIsABatchWithOneSummaryLinePerFile(@TempDir Path dir) throws Exception {
    Path batch = dir.resolve("evidence");
    Files.createDirectories(batch.resolve("more"));
    Files.copy(Path.of(CliTest.EXAMPLES + "clinic.json"), batch.resolve("a-clinic.json"));
    Files.copy(Path.of(CliTest.EXAMPLES + "hospital.json"), batch.resolve("more/b-hospital.json"));
    Files.writeString(batch.resolve("c-bad.json"), BAD, StandardCharsets.UTF_8);
    Files.writeString(batch.resolve("notes.txt"), "not evidence", StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-checklist@R7", batch.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    String root = batch.toString().replace('\\', '/');
    assertThat(r.out().lines().toList()).satisfiesExactly(
        l -> assertThat(l).startsWith(root + "/a-clinic.json: failures (1 edition: ").contains("not-satisfied"),
        l -> assertThat(l).isEqualTo(root + "/c-bad.json: bad evidence (no report; problems above)"),
        l -> assertThat(l).startsWith(root + "/more/b-hospital.json: "),
        l -> assertThat(l).isEqualTo("3 evidence files: " + (r.out().contains("b-hospital.json: ok") ? "1 ok, 1" : "0 ok, 2")
            + " with failures, 1 bad"));
    assertThat(r.err()).contains("c-bad.json", "unknown field `extra`").doesNotContain("\r");
  }

  @Test
  void aDirectoryWithOutWritesTheWholeReportToTheFile(@TempDir Path dir) throws Exception {
    Path batch = dir.resolve("evidence");
    Files.createDirectories(batch);
    Files.copy(Path.of(CliTest.EXAMPLES + "clinic.json"), batch.resolve("a-clinic.json"));
    Path report = dir.resolve("report.txt");
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--out", report.toString(),
        batch.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILURES);
    assertThat(r.out()).isEqualTo("wrote " + report + System.lineSeparator());
    assertThat(Files.readString(report)).contains("summary (requirements per outcome", "mhlw-checklist@R7/2.8");
  }

  @Test
  void anEmptyDirectoryIsBadInput(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "all", dir.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("no *.json evidence files in this directory");
  }

  @Test
  void checkJsonListsDiagnosticsWithPlacesAndBadInputToo(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("broken.kijun");
    Files.writeString(src, "edition \"x@1\";\nrequirement \"1\" { level sometimes }\n");
    CliTest.Run r = CliTest.run("check", "--format", "json", src.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILURES);
    assertThat(r.err()).isEmpty();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.path("status").asText()).isEqualTo("errors");
    JsonNode d = doc.path("diagnostics").get(0);
    assertThat(d.path("file").asText()).endsWith("broken.kijun");
    assertThat(d.path("line").asInt()).isPositive();
    assertThat(d.path("code").asText()).matches("[A-Z_]+");

    CliTest.Run missing = CliTest.run("check", "--format", "json", "no/such/dir");
    assertThat(missing.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).isEmpty();
    JsonNode bad = JSON.readTree(missing.out());
    assertThat(bad.path("status").asText()).isEqualTo("bad-input");
    assertThat(bad.path("problems").get(0).path("message").asText()).contains("no/such/dir");

    CliTest.Run clean = CliTest.run("check", "--format", "json", CliTest.GUIDELINES);
    assertThat(clean.exit()).isZero();
    assertThat(JSON.readTree(clean.out()).path("status").asText()).isEqualTo("ok");
  }
}
