package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.export.JsonSchemaGenerator;
import dev.kijun.compiler.model.Schema;
import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated JSON Schema of the evidence and the loader agree on what an evidence file is, judged by a real
 * JSON Schema 2020-12 validator (networknt, with format assertions on, as docs/evidence.md recommends). The one
 * difference JSON Schema cannot express, duplicate keys, is asserted as such and listed in docs/evidence.md.
 */
class EvidenceSchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;
  private static String clinic;

  @BeforeAll
  static void generateSchema() throws Exception {
    Schema facility = KijunCompiler.compile(Sources.read(List.of(Path.of(CliTest.GUIDELINES)), Path.of("..")))
        .program().orElseThrow().schemas().stream().filter(s -> s.name().equals("facility")).findFirst().orElseThrow();
    String text = JsonSchemaGenerator.generate(facility).content();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, InputFormat.JSON, config);
    clinic = Files.readString(Path.of(CliTest.EXAMPLES + "clinic.json"));
  }

  private static boolean loaderAccepts(String doc) {
    try {
      EvidenceLoader.load(doc.getBytes(StandardCharsets.UTF_8), "e.json", FacilityFacts.class);
      return true;
    } catch (EvidenceException e) {
      return false;
    }
  }

  private static boolean schemaAccepts(String doc) {
    return schema.validate(doc, InputFormat.JSON).isEmpty();
  }

  /** clinic.json with one change to its first device. */
  private static String firstDevice(java.util.function.Consumer<ObjectNode> change) {
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(clinic);
      change.accept((ObjectNode) doc.path("facts").path("devices").get(0));
      return JSON.writeValueAsString(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** clinic.json with one change to the envelope. */
  private static String envelope(java.util.function.Consumer<ObjectNode> change) {
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(clinic);
      change.accept(doc);
      return JSON.writeValueAsString(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> documents() throws Exception {
    clinic = Files.readString(Path.of(CliTest.EXAMPLES + "clinic.json"));
    return Stream.of(
        Arguments.of("clinic as shipped", clinic, true),
        Arguments.of("hospital as shipped", Files.readString(Path.of(CliTest.EXAMPLES + "hospital.json")), true),
        Arguments.of("null for an optional field", firstDevice(d -> d.putNull("lastSecurityPatch")), true),
        Arguments.of("optional field left out", firstDevice(d -> d.remove("lastSecurityPatch")), true),
        Arguments.of("impossible date", firstDevice(d -> d.put("lastSecurityPatch", "2026-02-30")), false),
        Arguments.of("non-ISO date", firstDevice(d -> d.put("lastSecurityPatch", "2026/02/03")), false),
        Arguments.of("null for a required field", firstDevice(d -> d.putNull("kind")), false),
        Arguments.of("required field left out", firstDevice(d -> d.remove("kind")), false),
        Arguments.of("wrong type", firstDevice(d -> d.put("kind", 1)), false),
        Arguments.of("unknown enum value", firstDevice(d -> d.put("kind", "mainframe")), false),
        Arguments.of("unknown field", firstDevice(d -> d.put("colour", "red")), false),
        Arguments.of("null in a list", envelope(e -> ((com.fasterxml.jackson.databind.node.ArrayNode)
            e.path("facts").path("devices")).addNull()), false),
        Arguments.of("null answers", envelope(e -> e.putNull("answers")), true),
        Arguments.of("bad clause key", envelope(e -> e.putObject("answers").putObject("2.8").put("answer", "yes")
            .put("checkedOn", "2026-10-01")), false),
        Arguments.of("answer without its date", envelope(e -> e.putObject("answers")
            .putObject("mhlw-checklist@R7/2.8").put("answer", "yes")), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void schemaAndLoaderAgree(String name, String document, boolean valid) {
    assertThat(loaderAccepts(document)).as("loader on %s", name).isEqualTo(valid);
    assertThat(schemaAccepts(document)).as("schema on %s", name).isEqualTo(valid);
  }

  @Test
  void duplicateKeysAreTheOneListedDifference() throws Exception {
    String doc = clinic.replaceFirst("\"kind\": \"server\"", "\"kind\": \"server\", \"kind\": \"server\"");
    assertThat(doc).isNotEqualTo(clinic);
    assertThat(loaderAccepts(doc)).isFalse();
    assertThat(schemaAccepts(doc)).as("JSON Schema sees parsed objects, so it cannot see a duplicate key").isTrue();
    assertThat(Files.readString(Path.of("../docs/evidence.md"))).contains("duplicate key");
  }
}
