package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.report.Oscal;
import dev.kijun.runtime.report.OscalControl;
import dev.kijun.runtime.report.PrettyJson;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates an OSCAL {@value #MAPPING_VERSION} {@code mapping-collection} of a kijun mapping,
 * {@code mappings/<source>-to-<target>.json} (edition keys with {@code @} as {@code -}): one {@code mapping} whose
 * source and target resources are the editions' catalogs as {@code kijun export oscal-catalog} writes them (relative
 * references; {@code kijun export oscal-mapping} writes those catalogs
 * beside the mappings), and one {@code map} per {@code map} line with the same
 * control ids ({@link Oscal#controlId}). The six relationships of NIST IR 8477 become the model's values
 * ({@code equal} → {@code equal-to}, {@code equivalent} → {@code equivalent-to}, the other four unchanged). The
 * model has no place for a source without target or the reverse, as a map needs both; {@code withdrawn} clauses are
 * the source gap summary and {@code new} ones the target gap summary, with their reasons in the mapping's remarks.
 * Lifecycle facts, confidence and provenance are properties in {@link Oscal#NS}; the rationale is the map's remarks.
 * Deterministic: UUIDs are name-based, maps and gaps sorted by clause, the date is the later edition's.
 */
public final class OscalMappingGenerator {
  /** The OSCAL version of mapping collections: the first with the control mapping model (see docs/oscal.md). */
  public static final String MAPPING_VERSION = "1.2.0";

  private static final Comparator<Mapping.Entry> BY_CLAUSES = Comparator.comparing(Mapping.Entry::source)
      .thenComparing(Mapping.Entry::target).thenComparing(e -> e.relationship().keyword());

  private OscalMappingGenerator() {}

  /** The mapping collection of {@code mapping}; its editions must be in {@code program}. */
  public static OutputFile generate(Program program, Mapping mapping) {
    String name = Oscal.uuid("kijun mapping " + mapping.key());
    ObjectNode root = PrettyJson.object();
    ObjectNode collection = root.putObject("mapping-collection");
    collection.put("uuid", name);
    ObjectNode metadata = collection.putObject("metadata");
    metadata.put("title", "kijun mapping " + mapping.source() + " to " + mapping.target());
    metadata.put("last-modified", Stream.of(mapping.source(), mapping.target())
        .map(k -> program.edition(k).orElseThrow().info().published()).max(LocalDate::compareTo).orElseThrow()
        + "T00:00:00Z");
    metadata.put("version", mapping.source() + " to " + mapping.target());
    metadata.put("oscal-version", MAPPING_VERSION);
    metadata.put("remarks", "Each map states how two clauses relate as kijun's maintainers read them, or as an"
        + " official correspondence table gives them (the provenance property says which). The clauses are"
        + " kijun's encodings; this is not a compliance claim.");

    ObjectNode provenance = collection.putObject("provenance");
    provenance.put("method", "human");
    provenance.put("matching-rationale", "semantic");
    provenance.put("status", "complete");
    provenance.put("mapping-description", "Written by hand in kijun mapping files and checked by the compiler:"
        + " every clause of the source edition is mapped or withdrawn, every clause of the target edition is mapped"
        + " or new. Relationships compare what the clauses ask for (NIST IR 8477 set relationships).");

    ObjectNode m = collection.putArray("mappings").addObject();
    m.put("uuid", Oscal.uuid("kijun mapping " + mapping.key() + "\nmapping"));
    resource(m.putObject("source-resource"), mapping.source());
    resource(m.putObject("target-resource"), mapping.target());
    ArrayNode maps = m.putArray("maps");
    for (Mapping.Entry e : mapping.entries().stream().sorted(BY_CLAUSES).toList()) {
      maps.add(map(mapping, e));
    }
    StringBuilder remarks = new StringBuilder();
    gap(m, "source-gap-summary", mapping, mapping.withdrawn().stream().map(Mapping.Withdrawal::clause).toList());
    gap(m, "target-gap-summary", mapping, mapping.added().stream().map(Mapping.Addition::clause).toList());
    mapping.withdrawn().stream().sorted(Comparator.comparing(Mapping.Withdrawal::clause)).forEach(w -> remarks
        .append("Withdrawn in ").append(mapping.target()).append(": ").append(w.clause().clause()).append(" (")
        .append(w.reason()).append(w.provenance().map(p -> "; " + p.describe()).orElse("")).append(").\n"));
    mapping.added().stream().sorted(Comparator.comparing(Mapping.Addition::clause)).forEach(a -> remarks
        .append("New in ").append(mapping.target()).append(": ").append(a.clause().clause()).append(" (")
        .append(a.rationale()).append(a.provenance().map(p -> "; " + p.describe()).orElse("")).append(").\n"));
    if (remarks.length() > 0) {
      m.put("remarks", remarks.toString().strip());
    }
    return new OutputFile("mappings/" + fileName(mapping.source()) + "-to-" + fileName(mapping.target()) + ".json",
        PrettyJson.print(root));
  }

  /** The OSCAL relationship of a kijun one: the same set relationship, in the model's spelling. */
  public static String relationship(Relationship r) {
    return switch (r) {
      case EQUAL -> "equal-to";
      case EQUIVALENT -> "equivalent-to";
      default -> r.keyword();
    };
  }

  private static ObjectNode map(Mapping mapping, Mapping.Entry e) {
    ObjectNode map = PrettyJson.object();
    map.put("uuid", Oscal.uuid("kijun mapping " + mapping.key() + "\n" + e.source() + " " + e.relationship().keyword()
        + " " + e.target()));
    map.put("relationship", relationship(e.relationship()));
    item(map.putArray("sources"), e.source());
    item(map.putArray("targets"), e.target());
    ArrayNode props = map.putArray("props");
    OscalControl.prop(props, "kijun-relationship", e.relationship().keyword());
    OscalControl.prop(props, "provenance", e.provenance().describe());
    e.confidence().ifPresent(c -> OscalControl.prop(props, "confidence", c.keyword()));
    e.facts().stream().map(Mapping.Lifecycle::keyword).sorted().forEach(f -> OscalControl.prop(props, "fact", f));
    if (!e.rationale().isBlank()) {
      map.put("remarks", e.rationale());
    }
    return map;
  }

  private static void item(ArrayNode items, ClauseRef clause) {
    items.addObject().put("type", "control").put("id-ref", Oscal.controlId(clause.clause()));
  }

  private static void resource(ObjectNode resource, String editionKey) {
    resource.put("type", "catalog");
    // From mappings/ to <document>/<edition>/oscal-catalog.json, as export oscal-catalog writes it.
    resource.put("href", "../" + editionKey.replace('@', '/') + "/oscal-catalog.json");
  }

  private static void gap(ObjectNode m, String field, Mapping mapping, List<ClauseRef> clauses) {
    if (clauses.isEmpty()) {
      return;
    }
    ObjectNode gap = m.putObject(field);
    gap.put("uuid", Oscal.uuid("kijun mapping " + mapping.key() + "\n" + field));
    ArrayNode ids = gap.putArray("unmapped-controls").addObject().putArray("with-ids");
    clauses.stream().sorted().forEach(c -> ids.add(Oscal.controlId(c.clause())));
  }

  private static String fileName(String editionKey) {
    return editionKey.replace('@', '-');
  }
}
