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
import java.util.Map;
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
    // (and on to a system security plan and a profile), which only --oscal-chain writes (tested below).
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

  /** The bundled schema of each file of a chain, by file name. */
  private static final Map<String, String> CHAIN_SCHEMAS = Map.of("assessment-results.json", "oscal-ar_schema.json",
      "assessment-plan.json", "oscal-ap_schema.json", "system-security-plan.json", "oscal-ssp_schema.json",
      "profile.json", "oscal-profile_schema.json", "catalog.json", "oscal-catalog_schema.json");

  /** Binds a chain file to liboscal's model class of its kind. */
  private static Object bind(Path file) throws Exception {
    OscalBindingContext oscal = OscalBindingContext.instance();
    return switch (file.getFileName().toString()) {
      case "assessment-results.json" -> oscal.loadAssessmentResults(file);
      case "assessment-plan.json" -> oscal.loadAssessmentPlan(file);
      case "system-security-plan.json" -> oscal.loadSystemSecurityPlan(file);
      case "profile.json" -> oscal.loadProfile(file);
      default -> oscal.loadCatalog(file);
    };
  }

  /**
   * With {@code --oscal-chain}, the results come with the plan, system security plan, profile and catalog they
   * import, so liboscal's constraints can run: they follow import-ap down to the catalog. Every file passes the
   * schema, binds, and passes the constraints with no finding of warning level or above.
   */
  @Test
  void theOscalChainOfAValidateRunPassesLiboscalConstraintsFileByFile(@TempDir Path dir) throws Exception {
    String[] evidence = {CliTest.EXAMPLES + "clinic.json", CliTest.EXAMPLES + "hospital.json"};
    CliTest.Run r = CliTest.run(chainArgs(dir.resolve("chain"), evidence));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote 35 OSCAL files");
    // The single document on standard output is what it was without the chain.
    assertThat(r.out()).isEqualTo(CliTest.run("validate", "--edition", "all", "--format", "oscal", "--exit-zero",
        evidence[0], evidence[1]).out());
    List<Path> editions;
    try (Stream<Path> files = Files.walk(dir.resolve("chain"))) {
      editions = files.filter(p -> p.getFileName().toString().equals("catalog.json")).map(Path::getParent).sorted()
          .toList();
    }
    assertThat(editions).hasSize(7);
    for (Path edition : editions) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(CHAIN_SCHEMAS).entrySet()) {
        Path file = edition.resolve(e.getKey());
        assertValid(bundledSchema(e.getValue()), file);
        assertThat(bind(file)).as("binds: %s", file).isNotNull();
      }
      assertReferencesResolve(edition);
    }
    AssessmentResults ar = OscalBindingContext.instance().loadAssessmentResults(
        dir.resolve("chain/mhlw-guideline/5.2/assessment-results.json"));
    assertThat(ar.getResults()).as("one result per evidence file").hasSize(2);

    // Same run, same bytes, UUIDs included.
    assertThat(CliTest.run(chainArgs(dir.resolve("again"), evidence)).exit()).isZero();
    for (Path edition : editions) {
      for (String name : CHAIN_SCHEMAS.keySet()) {
        Path again = dir.resolve("again").resolve(dir.resolve("chain").relativize(edition)).resolve(name);
        assertThat(Files.readString(again)).as(name).isEqualTo(Files.readString(edition.resolve(name)));
      }
    }
  }

  private static String[] chainArgs(Path out, String... evidence) {
    List<String> args = new java.util.ArrayList<>(List.of("validate", "--edition", "all", "--format", "oscal",
        "--exit-zero", "--oscal-chain", out.toString()));
    args.addAll(List.of(evidence));
    return args.toArray(String[]::new);
  }

  /**
   * liboscal-java 5.2.0 follows the imports only for metadata indexes (roles, parties, locations): it does not check
   * that control and statement ids resolve. This does: every control id of the results, plan and system security
   * plan is a control of the chain's catalog, and every finding's target a statement of it.
   */
  private static void assertReferencesResolve(Path edition) throws Exception {
    JsonNode catalog = JSON.readTree(edition.resolve("catalog.json").toFile());
    java.util.Set<String> controls = new java.util.HashSet<>(catalog.findValuesAsText("id"));
    assertThat(controls).isNotEmpty();
    for (String name : List.of("assessment-results.json", "assessment-plan.json", "system-security-plan.json")) {
      JsonNode doc = JSON.readTree(edition.resolve(name).toFile());
      assertThat(doc.findValuesAsText("control-id")).as("control ids of %s", name).isNotEmpty()
          .allSatisfy(id -> assertThat(controls).contains(id));
      assertThat(doc.findValuesAsText("target-id")).allSatisfy(id -> assertThat(controls).contains(id));
    }
  }

  /** The constraints met on the way hold the chain to OSCAL's rules: a control with no component fails them. */
  @Test
  void liboscalConstraintsRejectAnImplementedRequirementWithoutComponent(@TempDir Path dir) throws Exception {
    assertThat(CliTest.run(chainArgs(dir, CliTest.EXAMPLES + "clinic.json")).exit()).isZero();
    Path ssp = dir.resolve("mhlw-guideline/5.2/system-security-plan.json");
    JsonNode doc = JSON.readTree(ssp.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("system-security-plan").path("control-implementation")
        .path("implemented-requirements").get(0)).remove("by-components");
    Files.writeString(ssp, JSON.writeValueAsString(doc));
    IValidationResult result = OscalBindingContext.instance().validateWithConstraints(ssp.toUri(),
        new DefaultConfiguration<>());
    assertThat(result.isPassing()).isFalse();
  }

  @Test
  void anOscalChainNeedsTheOscalFormat(@TempDir Path dir) {
    CliTest.Run r = CliTest.run("validate", "--edition", "all", "--oscal-chain", dir.toString(),
        CliTest.EXAMPLES + "clinic.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--oscal-chain needs --format oscal");
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
