package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.kijun.runtime.report.Oscal;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kijun's OSCAL 1.2.0 mapping collections, as strongly as they can be checked while no released library reads
 * OSCAL 1.2 (see docs/oscal.md): against a JSON Schema written from the 1.2.0 mapping metaschema
 * ({@code src/test/resources/oscal/oscal-mapping-1.2.0.schema.json}, which names the commits it was read from); every
 * {@code id-ref} resolves to a control of the catalog its resource points to; and every line of the mapping sources
 * appears exactly once, read from the source text itself rather than from the compiler.
 */
class OscalMappingOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** kijun's relationship keywords and the model's, as the docs state them. */
  private static final Map<String, String> RELATIONSHIPS = Map.of("equal", "equal-to", "equivalent", "equivalent-to",
      "subset-of", "subset-of", "superset-of", "superset-of", "intersects-with", "intersects-with",
      "no-relationship", "no-relationship");
  private static final Pattern HEADER = Pattern.compile("^mapping \"([^\"]+)\" to \"([^\"]+)\";", Pattern.MULTILINE);
  private static final Pattern MAP = Pattern.compile("^map \"([^\"]+)\" (\\S+) \"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern GAP = Pattern.compile("^(withdrawn|new) \"([^\"]+)\"", Pattern.MULTILINE);
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = OscalMappingOutputTest.class.getResourceAsStream("/oscal/oscal-mapping-1.2.0.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, InputFormat.JSON, config);
    }
  }

  private static List<Path> mappings(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("mappings"))) {
      return files.sorted().toList();
    }
  }

  @Test
  void aMappingCollectionPerMappingFitsTheModelAndResolvesIntoItsCatalogs(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("export", "oscal-mapping", "--out", dir.toString(), CliTest.GUIDELINES);
    assertThat(r.exit()).as(r.err()).isZero();
    List<Path> files = mappings(dir);
    assertThat(files).hasSize(5);
    for (Path file : files) {
      String text = Files.readString(file);
      assertThat(schema.validate(text, InputFormat.JSON)).as("schema violations in %s", file).isEmpty();
      JsonNode collection = JSON.readTree(text).path("mapping-collection");
      assertThat(collection.path("metadata").path("oscal-version").asText()).isEqualTo("1.2.0");
      for (JsonNode mapping : collection.path("mappings")) {
        Set<String> sources = controlIds(file.getParent().resolve(mapping.path("source-resource").path("href")
            .asText()));
        Set<String> targets = controlIds(file.getParent().resolve(mapping.path("target-resource").path("href")
            .asText()));
        for (JsonNode map : mapping.path("maps")) {
          map.path("sources").forEach(s -> assertThat(sources).as("source of %s", file).contains(idRef(s)));
          map.path("targets").forEach(t -> assertThat(targets).as("target of %s", file).contains(idRef(t)));
        }
        mapping.path("source-gap-summary").findValues("with-ids").forEach(ids -> ids
            .forEach(id -> assertThat(sources).contains(id.asText())));
        mapping.path("target-gap-summary").findValues("with-ids").forEach(ids -> ids
            .forEach(id -> assertThat(targets).contains(id.asText())));
      }
    }
    // The catalogs that go along are those of export oscal-catalog, byte for byte (and liboscal checks those).
    Path catalogs = dir.resolve("catalogs");
    assertThat(CliTest.run("export", "oscal-catalog", "--out", catalogs.toString(), CliTest.GUIDELINES).exit()).isZero();
    for (String edition : List.of("mhlw-guideline/5.2", "mhlw-guideline/7.0", "mhlw-checklist/R8")) {
      assertThat(Files.readString(dir.resolve(edition).resolve("oscal-catalog.json")))
          .isEqualTo(Files.readString(catalogs.resolve(edition).resolve("oscal-catalog.json")));
    }
    // Same sources, same bytes.
    Path again = dir.resolve("again");
    assertThat(CliTest.run("export", "oscal-mapping", "--out", again.toString(), CliTest.GUIDELINES).exit()).isZero();
    for (Path file : files) {
      assertThat(Files.readString(again.resolve("mappings").resolve(file.getFileName()))).isEqualTo(
          Files.readString(file));
    }
  }

  private static String idRef(JsonNode item) {
    assertThat(item.path("type").asText()).isEqualTo("control");
    return item.path("id-ref").asText();
  }

  private static Set<String> controlIds(Path catalog) throws Exception {
    assertThat(catalog).as("the resource a mapping points to").exists();
    JsonNode root = JSON.readTree(catalog.toFile());
    Set<String> ids = new HashSet<>();
    root.findParents("id").forEach(n -> {
      if (n.path("id").asText().startsWith("c_") && n.has("parts")) {
        ids.add(n.path("id").asText());
      }
    });
    return ids;
  }

  /**
   * Every {@code map}, {@code withdrawn} and {@code new} line of the mapping sources, found in the source text, is in
   * the export exactly once: a map line as a map with its two controls and relationship, the others in the gaps.
   */
  @Test
  void everyLineOfTheMappingSourcesAppearsExactlyOnce(@TempDir Path dir) throws Exception {
    assertThat(CliTest.run("export", "oscal-mapping", "--out", dir.toString(), CliTest.GUIDELINES).exit()).isZero();
    List<String> expected = new ArrayList<>();
    try (Stream<Path> sources = Files.list(Path.of(CliTest.GUIDELINES, "mappings"))) {
      for (Path source : sources.sorted().toList()) {
        String text = Files.readString(source);
        Matcher header = HEADER.matcher(text);
        assertThat(header.find()).as("mapping header of %s", source).isTrue();
        String pair = header.group(1) + " -> " + header.group(2);
        Matcher map = MAP.matcher(text);
        while (map.find()) {
          expected.add(pair + " " + Oscal.controlId(map.group(1)) + " " + RELATIONSHIPS.get(map.group(2)) + " "
              + Oscal.controlId(map.group(3)));
        }
        Matcher gap = GAP.matcher(text);
        while (gap.find()) {
          expected.add(pair + " " + gap.group(1) + " " + Oscal.controlId(gap.group(2)));
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);
    List<String> exported = new ArrayList<>();
    for (Path file : mappings(dir)) {
      JsonNode collection = JSON.readTree(file.toFile()).path("mapping-collection");
      String title = collection.path("metadata").path("title").asText();
      String pair = title.substring("kijun mapping ".length()).replace(" to ", " -> ");
      for (JsonNode mapping : collection.path("mappings")) {
        for (JsonNode map : mapping.path("maps")) {
          assertThat(map.path("sources")).hasSize(1);
          assertThat(map.path("targets")).hasSize(1);
          exported.add(pair + " " + idRef(map.path("sources").get(0)) + " " + map.path("relationship").asText() + " "
              + idRef(map.path("targets").get(0)));
        }
        mapping.path("source-gap-summary").findValues("with-ids")
            .forEach(ids -> ids.forEach(id -> exported.add(pair + " withdrawn " + id.asText())));
        mapping.path("target-gap-summary").findValues("with-ids")
            .forEach(ids -> ids.forEach(id -> exported.add(pair + " new " + id.asText())));
      }
    }
    assertThat(exported).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The schema is not a rubber stamp: kijun's own keyword, a map without target, no provenance all fail. */
  @Test
  void theSchemaRejectsWhatTheModelDoesNotAllow(@TempDir Path dir) throws Exception {
    assertThat(CliTest.run("export", "oscal-mapping", "--out", dir.toString(), CliTest.GUIDELINES).exit()).isZero();
    JsonNode good = JSON.readTree(dir.resolve("mappings/mhlw-guideline-5.2-to-mhlw-guideline-6.0.json").toFile());
    assertThat(schema.validate(good)).isEmpty();

    JsonNode kijunKeyword = good.deepCopy();
    firstMap(kijunKeyword).put("relationship", "equivalent");
    assertThat(schema.validate(kijunKeyword)).isNotEmpty();

    JsonNode noTarget = good.deepCopy();
    ((ArrayNode) firstMap(noTarget).path("targets")).removeAll();
    assertThat(schema.validate(noTarget)).isNotEmpty();

    JsonNode noProvenance = good.deepCopy();
    ((ObjectNode) noProvenance.path("mapping-collection")).remove("provenance");
    assertThat(schema.validate(noProvenance)).isNotEmpty();

    JsonNode otherNamespace = good.deepCopy();
    firstMap(otherNamespace).put("relationship", "equivalent").put("ns", "urn:kijun:oscal");
    assertThat(schema.validate(otherNamespace)).as("a relationship in another namespace is allowed").isEmpty();
  }

  private static ObjectNode firstMap(JsonNode doc) {
    return (ObjectNode) doc.path("mapping-collection").path("mappings").get(0).path("maps").get(0);
  }
}
