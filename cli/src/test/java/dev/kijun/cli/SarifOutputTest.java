package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --format sarif} and {@code check --format sarif} write SARIF 2.1.0 that the SARIF JSON Schema
 * accepts (networknt, format assertions on; the schema file and where it comes from are in
 * {@code src/test/resources/sarif/README.md}), with results located where the evidence or source says so.
 */
class SarifOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, InputFormat.JSON, config);
    }
  }

  static JsonNode assertValidSarif(String text) throws Exception {
    Set<ValidationMessage> problems = schema.validate(text, InputFormat.JSON);
    assertThat(problems).as("SARIF schema violations").isEmpty();
    JsonNode log = JSON.readTree(text);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    return log;
  }

  /** The schema is not a rubber stamp: it rejects a result without a message. */
  @Test
  void theSchemaRejectsAResultWithoutAMessage() {
    String bad = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"kijun\"}},"
        + "\"results\":[{\"ruleId\":\"x\"}]}]}";
    assertThat(schema.validate(bad, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void validateGivesARulePerRequirementAndAResultPerFailingFindingAtItsValue() throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "all", "--format", "sarif", CliTest.EXAMPLES + "clinic.json");
    assertThat(r.exit()).isEqualTo(Main.FAILURES);
    JsonNode run = assertValidSarif(r.out()).path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("kijun");
    assertThat(run.path("tool").path("driver").path("version").asText()).isEqualTo(BuildVersion.version());
    List<String> ruleIds = new ArrayList<>();
    run.path("tool").path("driver").path("rules").forEach(rule -> ruleIds.add(rule.path("id").asText()));
    assertThat(ruleIds).doesNotHaveDuplicates().contains("mhlw-guideline@5.2/6.11.C.11", "mhlw-checklist@R7/2.8");
    assertThat(run.path("properties").path("notice").asText()).contains("not a claim of compliance");

    List<String> lines = Files.readAllLines(Path.of(CliTest.EXAMPLES + "clinic.json"));
    JsonNode tls = result(run, "mhlw-guideline@5.2/6.11.C.11", "endpoints[0].tls.versions");
    JsonNode answer = result(run, "mhlw-checklist@R7/2.9", "answers[");
    JsonNode answerRegion = answer.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(lines.get(answerRegion.path("startLine").asInt() - 1)).contains("\"mhlw-checklist@R7/2.9\": {");
    assertThat(tls.path("level").asText()).isEqualTo("error");
    assertThat(tls.path("kind").asText()).isEqualTo("fail");
    assertThat(ruleIds.get(tls.path("ruleIndex").asInt())).isEqualTo("mhlw-guideline@5.2/6.11.C.11");
    JsonNode loc = tls.path("locations").get(0);
    assertThat(loc.path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("../guidelines/examples/clinic.json");
    assertThat(loc.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("endpoints[0].tls.versions[0]");
    JsonNode region = loc.path("physicalLocation").path("region");
    // The region points at the offending value itself: the first TLS version listed for endpoint 0.
    String atValue = lines.get(region.path("startLine").asInt() - 1).substring(region.path("startColumn").asInt() - 1);
    String value = JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile())
        .at("/facts/endpoints/0/tls/versions/0").asText();
    assertThat(atValue).startsWith("\"" + value + "\"");

    JsonNode usb = result(run, "mhlw-checklist@R7/2.9", "devices[");
    JsonNode usbRegion = usb.path("locations").get(0).path("physicalLocation").path("region");
    String usbLine = lines.get(usbRegion.path("startLine").asInt() - 1);
    assertThat(usbLine.substring(0, usbRegion.path("startColumn").asInt() - 1)).contains("\"externalStorage\"");

    // Only failing findings become results.
    run.path("results").forEach(res -> assertThat(res.path("properties").path("outcome").asText())
        .isIn("not-satisfied", "evidence-missing"));
  }

  private static JsonNode result(JsonNode run, String ruleId, String pathPrefix) {
    for (JsonNode res : run.path("results")) {
      if (res.path("ruleId").asText().equals(ruleId)
          && res.path("properties").path("evidencePaths").path(0).asText().startsWith(pathPrefix)) {
        return res;
      }
    }
    throw new AssertionError("no result for " + ruleId + " at " + pathPrefix);
  }

  @Test
  void validateSarifOfPassingEvidenceIsValidToo() throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--format", "sarif", "--exit-zero",
        CliTest.EXAMPLES + "hospital.json");
    assertThat(r.exit()).isZero();
    JsonNode run = assertValidSarif(r.out()).path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules").size()).isPositive();
  }

  @Test
  void checkSarifLocatesTheDiagnosticInTheKijunFile(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("src");
    CliTest.copyTree(Path.of(CliTest.GUIDELINES), copy);
    Path file = copy.resolve("mhlw-guideline/5.2/6.kijun");
    String source = Files.readString(file);
    Files.writeString(file, source.replaceFirst("e\\.tls\\.clientCertificate ==", "e.tls.clientCertificat =="));
    CliTest.Run r = CliTest.run("check", "--format", "sarif", copy.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILURES);
    assertThat(r.err()).isEmpty();
    JsonNode run = assertValidSarif(r.out()).path("runs").get(0);
    JsonNode res = run.path("results").get(0);
    assertThat(res.path("ruleId").asText()).isEqualTo("UNKNOWN_EVIDENCE");
    assertThat(res.path("level").asText()).isEqualTo("error");
    assertThat(res.path("message").path("text").asText()).contains("`clientCertificat`", "did you mean");
    JsonNode pl = res.path("locations").get(0).path("physicalLocation");
    // An absolute path is a file: URI; SARIF consumers reject relative references that start with a slash.
    assertThat(pl.path("artifactLocation").path("uri").asText()).startsWith("file:///")
        .endsWith("mhlw-guideline/5.2/6.kijun");
    JsonNode region = pl.path("region");
    String line = Files.readAllLines(file).get(region.path("startLine").asInt() - 1);
    assertThat(line.substring(region.path("startColumn").asInt() - 1, region.path("endColumn").asInt() - 1))
        .isEqualTo("clientCertificat");
  }

  @Test
  void checkSarifOfCleanSourcesHasNoResults() throws Exception {
    CliTest.Run r = CliTest.run("check", "--format", "sarif", CliTest.GUIDELINES);
    assertThat(r.exit()).isZero();
    assertThat(assertValidSarif(r.out()).path("runs").get(0).path("results").size()).isZero();
  }

  @Test
  void badEvidenceBecomesErrorNotificationsOfAnUnsuccessfulRun(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"facility\": {\"name\": \"x\", \"kind\": \"clinic\"}}");
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--format", "sarif",
        CliTest.EXAMPLES + "clinic.json", bad.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    JsonNode run = assertValidSarif(r.out()).path("runs").get(0);
    JsonNode invocation = run.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    JsonNode note = invocation.path("toolExecutionNotifications").get(0);
    assertThat(note.path("level").asText()).isEqualTo("error");
    assertThat(note.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .endsWith("bad.json");
    assertThat(run.path("results").size()).as("the good file's results are still there").isPositive();
  }
}
