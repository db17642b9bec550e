package dev.kijun.compiler.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.explain.ModelFixtures;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sample evidence file validates against the generated schema, and typical mistakes are caught, judged by a real
 * JSON Schema 2020-12 validator (networknt) with format assertions on.
 */
class JsonSchemaValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Validator validator;
  private ObjectNode sample;

  /** The validator's findings as "instance location: keyword", e.g. "/facts/devices/0/kind: enum". */
  private record Validator(JsonSchema schema) {
    Set<String> validate(JsonNode doc) {
      return schema.validate(doc).stream()
          .map(m -> m.getInstanceLocation() + ": " + m.getType()
              + (m.getProperty() == null ? "" : " " + m.getProperty()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @BeforeEach
  void load() throws Exception {
    String schema = JsonSchemaGenerator.generate(new ModelFixtures().schema).content();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    validator = new Validator(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema, InputFormat.JSON, config));
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
        "/assessedOn: pattern",
        "/assessedOn: format",
        "/facts/devices/0: required ports",
        "/facts/devices/0/kind: enum",
        "/facts/endpoints/0: additionalProperties extra");
  }

  @Test
  void envelopeIsChecked() {
    ObjectNode answers = (ObjectNode) sample.get("answers");
    answers.putObject("not a clause").put("answer", "maybe");
    ((ArrayNode) sample.get("waivers")).addObject().put("waiver", "x");
    ((ObjectNode) sample.get("facility")).put("kind", "hospital");
    assertThat(validator.validate(sample)).contains(
        "/answers: propertyNames not a clause",
        "/answers/not a clause: required checkedOn",
        "/answers/not a clause/answer: enum",
        "/waivers/1: required requirement",
        "/facility/kind: enum");
  }

  @Test
  void secretsAreStringsDescribedAsNeverEchoed() throws Exception {
    JsonNode schema = JSON.readTree(JsonSchemaGenerator.generate(new ModelFixtures().schema).content());
    JsonNode fp = schema.get("$defs").get("Credential").get("properties").get("fingerprint");
    assertThat(fp.get("type").asText()).isEqualTo("string");
    assertThat(fp.get("description").asText()).contains("never echoed");
  }
}
