package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.nist.secauto.metaschema.core.configuration.DefaultConfiguration;
import gov.nist.secauto.metaschema.core.model.constraint.ValidationFeature;
import gov.nist.secauto.metaschema.core.model.validation.IValidationFinding;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Catalog;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kijun's OSCAL documents as the OSCAL reference library reads them: liboscal-java 5.2.0 (OSCAL 1.1.3) checks each
 * against its bundled JSON Schema, binds it to its model classes, and runs the OSCAL Metaschema constraints on it.
 */
class OscalOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The OSCAL JSON Schema that liboscal-java bundles, in the metaschema framework's own schema validator. */
  private static JsonSchemaContentValidator bundledSchema(String name) throws Exception {
    try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/" + name)) {
      assertThat(in).as("liboscal-java ships %s", name).isNotNull();
      return new JsonSchemaContentValidator(in);
    }
  }

  private static List<String> schemaFindings(JsonSchemaContentValidator schema, Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return schema.validate(in, file.toUri()).getFindings().stream().map(IValidationFinding::getMessage).toList();
    }
  }

  /** Schema, then the Metaschema constraints; every finding of warning level or above is a failure. */
  private static void assertValid(JsonSchemaContentValidator schema, Path file) throws Exception {
    assertThat(schemaFindings(schema, file)).as("OSCAL JSON Schema violations in %s", file).isEmpty();
    assertConstraintsHold(file);
  }

  private static void assertConstraintsHold(Path file) throws Exception {
    DefaultConfiguration<ValidationFeature<?>> config = new DefaultConfiguration<>();
    IValidationResult result = OscalBindingContext.instance().validateWithConstraints(file.toUri(), config);
    List<String> findings = result.getFindings().stream()
        .map(f -> f.getSeverity() + " " + f.getPath() + ": " + f.getMessage()).toList();
    assertThat(result.getHighestSeverity().ordinal()).as("OSCAL constraint findings in %s: %s", file, findings)
        .isLessThan(gov.nist.secauto.metaschema.core.model.constraint.IConstraint.Level.WARNING.ordinal());
  }

  @Test
  void aCatalogPerEditionPassesLiboscal(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("export", "oscal-catalog", "--out", dir.toString(), CliTest.GUIDELINES);
    assertThat(r.exit()).as(r.err()).isZero();
    List<Path> catalogs;
    try (Stream<Path> files = Files.walk(dir)) {
      catalogs = files.filter(p -> p.getFileName().toString().equals("oscal-catalog.json")).sorted().toList();
    }
    assertThat(catalogs).hasSizeGreaterThanOrEqualTo(7);
    JsonSchemaContentValidator schema = bundledSchema("oscal-catalog_schema.json");
    for (Path file : catalogs) {
      assertValid(schema, file);
      Catalog catalog = OscalBindingContext.instance().loadCatalog(file);
      assertThat(catalog.getMetadata().getOscalVersion()).isEqualTo("1.1.3");
    }
    JsonNode v52 = JSON.readTree(dir.resolve("mhlw-guideline/5.2/oscal-catalog.json").toFile());
    JsonNode control = findControl(v52.path("catalog"), "c_6.11.C.11");
    assertThat(control).as("control c_6.11.C.11").isNotNull();
    assertThat(control.path("props").get(0).path("value").asText()).isEqualTo("6.11.C.11");
    assertThat(v52.path("catalog").path("metadata").path("remarks").asText()).contains("not the official text");
  }

  private static JsonNode findControl(JsonNode node, String id) {
    for (JsonNode c : node.path("controls")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    for (JsonNode g : node.path("groups")) {
      JsonNode found = findControl(g, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Test
  void assessmentResultsOfAValidateRunPassLiboscalAndNeverPassAGap(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "all", "--format", "oscal", "--exit-zero",
        CliTest.EXAMPLES + "clinic.json", CliTest.EXAMPLES + "hospital.json");
    assertThat(r.exit()).as(r.err()).isZero();
    Path file = dir.resolve("assessment-results.json");
    Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    // Schema and binding only: the OSCAL constraints of assessment results follow import-ap to an assessment plan
    // (and on to a system security plan and a profile), which a validate run does not have; see docs/oscal.md.
    assertThat(schemaFindings(bundledSchema("oscal-ar_schema.json"), file)).as("OSCAL JSON Schema violations")
        .isEmpty();
    AssessmentResults ar = OscalBindingContext.instance().loadAssessmentResults(file);
    JsonNode json = JSON.readTree(CliTest.run("validate", "--edition", "all", "--format", "json", "--exit-zero",
        CliTest.EXAMPLES + "clinic.json", CliTest.EXAMPLES + "hospital.json").out());
    assertThat(ar.getResults()).hasSize(json.path("reports").size());

    JsonNode doc = JSON.readTree(r.out()).path("assessment-results");
    for (JsonNode result : doc.path("results")) {
      for (JsonNode finding : result.path("findings")) {
        String outcome = finding.path("props").get(0).path("value").asText();
        String state = finding.path("target").path("status").path("state").asText();
        assertThat(state).as(finding.path("title").asText())
            .isEqualTo(outcome.equals("satisfied") ? "satisfied" : "not-satisfied");
      }
    }
    // The same run gives the same document, UUIDs included.
    assertThat(CliTest.run("validate", "--edition", "all", "--format", "oscal", "--exit-zero",
        CliTest.EXAMPLES + "clinic.json", CliTest.EXAMPLES + "hospital.json").out()).isEqualTo(r.out());
  }

  /** The checks are not a rubber stamp: a control id that is not an OSCAL token is rejected. */
  @Test
  void liboscalRejectsAControlIdThatIsNotAToken(@TempDir Path dir) throws Exception {
    Path file = spoiled5_2Catalog(dir, "\"c_6.11.C.11\"", "\"6.11.C.11\"");
    assertThat(schemaFindings(bundledSchema("oscal-catalog_schema.json"), file)).isNotEmpty();
  }

  /** The constraints are not a rubber stamp either: two controls with one id pass the schema but not them. */
  @Test
  void liboscalConstraintsRejectADuplicateControlId(@TempDir Path dir) throws Exception {
    Path file = spoiled5_2Catalog(dir, "\"c_6.11.C.12\"", "\"c_6.11.C.11\"");
    assertThat(schemaFindings(bundledSchema("oscal-catalog_schema.json"), file)).isEmpty();
    IValidationResult result = OscalBindingContext.instance().validateWithConstraints(file.toUri(),
        new DefaultConfiguration<>());
    assertThat(result.isPassing()).isFalse();
  }

  /** The exported 5.2 catalog with one text replaced. */
  private static Path spoiled5_2Catalog(Path dir, String text, String by) throws Exception {
    assertThat(CliTest.run("export", "oscal-catalog", "--out", dir.toString(), CliTest.GUIDELINES).exit()).isZero();
    Path file = dir.resolve("mhlw-guideline/5.2/oscal-catalog.json");
    Files.writeString(file, Files.readString(file).replace(text, by));
    return file;
  }
}
