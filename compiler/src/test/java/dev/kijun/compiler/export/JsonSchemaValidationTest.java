package dev.kijun.compiler.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.explain.ModelFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sample evidence file validates against the generated schema, and typical mistakes are caught. */
class JsonSchemaValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private MiniSchemaValidator validator;
  private ObjectNode sample;

  @BeforeEach
  void load() throws Exception {
    JsonNode schema = JSON.readTree(JsonSchemaGenerator.generate(new ModelFixtures().schema).content());
    validator = new MiniSchemaValidator(schema);
    sample = (ObjectNode) JSON.readTree(
        Files.readString(Path.of("src/test/resources/golden/export/facility_json_schema/input/evidence.json")));
  }

  @Test
  void schemaDeclaresDraft202012AndClosesEveryObject() throws Exception {
    JsonNode schema = JSON.readTree(JsonSchemaGenerator.generate(new ModelFixtures().schema).content());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    for (JsonNode def : schema.get("$defs")) {
      if (def.path("type").asText().equals("object")) {
        assertThat(def.get("additionalProperties").asBoolean(true)).isFalse();
      }
    }
  }

  @Test
  void sampleEvidenceIsValid() {
    assertThat(validator.validate(sample)).isEmpty();
  }

  @Test
  void wrongEnumMissingFieldUnknownFieldAndBadDateAreRejected() {
    ObjectNode device = (ObjectNode) sample.get("facts").get("devices").get(0);
    device.put("kind", "router");
    device.remove("ports");
    ((ObjectNode) sample.get("facts").get("endpoints").get(0)).put("extra", 1);
    sample.put("assessedOn", "01/11/2026");
    assertThat(validator.validate(sample)).containsExactlyInAnyOrder(
        "$.assessedOn: does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "$.assessedOn: not a date",
        "$.facts.devices[0]: missing ports",
        "$.facts.devices[0].kind: not one of [\"server\",\"client-pc\"]",
        "$.facts.endpoints[0].extra: unknown property");
  }

  @Test
  void envelopeIsChecked() {
    ObjectNode answers = (ObjectNode) sample.get("answers");
    answers.putObject("not a clause").put("answer", "maybe");
    ((ArrayNode) sample.get("waivers")).addObject().put("waiver", "x");
    ((ObjectNode) sample.get("facility")).put("kind", "hospital");
    assertThat(validator.validate(sample)).contains(
        "$.answers.not a clause(name): does not match " + EnvelopeDefs.CLAUSE_PATTERN,
        "$.answers.not a clause: missing checkedOn",
        "$.answers.not a clause.answer: not one of [\"yes\",\"no\",\"not-applicable\"]",
        "$.waivers[1]: missing requirement",
        "$.facility.kind: not one of [\"medical-institution\",\"pharmacy\",\"vendor\"]");
  }

  @Test
  void secretsAreStringsDescribedAsNeverEchoed() throws Exception {
    JsonNode schema = JSON.readTree(JsonSchemaGenerator.generate(new ModelFixtures().schema).content());
    JsonNode fp = schema.get("$defs").get("Credential").get("properties").get("fingerprint");
    assertThat(fp.get("type").asText()).isEqualTo("string");
    assertThat(fp.get("description").asText()).contains("never echoed");
  }
}
