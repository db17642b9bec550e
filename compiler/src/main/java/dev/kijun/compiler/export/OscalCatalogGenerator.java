package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.report.Oscal;
import dev.kijun.runtime.report.OscalControl;
import dev.kijun.runtime.report.PrettyJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates an OSCAL {@value Oscal#VERSION} catalog of an edition, {@code <document>/<edition>/oscal-catalog.json}:
 * a group per structure node (volume, chapter, section; a node with both requirements and sub-nodes gets an
 * {@code _items} group for its own requirements, as OSCAL groups hold groups or controls) and a control per
 * requirement, whose title is the English
 * title, whose statement is our English summary and whose label is the clause id. Japanese titles and summaries,
 * the level and the verification status are properties and parts in kijun's namespace; the official source is a
 * link. The metadata's remarks say that the summaries are paraphrases, not the official text. Deterministic: UUIDs
 * are name-based and the date is the edition's publication date.
 */
public final class OscalCatalogGenerator {
  /** The catalog notice, pointing at the OSCAL link where kijun's own catalog names a field. */
  static final String NOTICE = "kijun summaries are paraphrases written for this project, not the official text;"
      + " verdicts are per clause and not a compliance claim. The official text is at the linked source.";

  private OscalCatalogGenerator() {}

  /** The catalog of {@code edition}. */
  public static OutputFile generate(Edition edition) {
    ObjectNode root = PrettyJson.object();
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("uuid", Oscal.uuid("kijun catalog " + edition.key()));
    ObjectNode metadata = catalog.putObject("metadata");
    metadata.put("title", edition.info().title().en());
    metadata.put("published", edition.info().published() + "T00:00:00Z");
    metadata.put("last-modified", edition.info().published() + "T00:00:00Z");
    metadata.put("version", edition.edition());
    metadata.put("oscal-version", Oscal.VERSION);
    ArrayNode props = metadata.putArray("props");
    prop(props, "title-ja", edition.info().title().ja());
    prop(props, "status", edition.info().status().keyword());
    prop(props, "edition-key", edition.key());
    if (!edition.info().sourceUrl().isEmpty()) {
      metadata.putArray("links").addObject().put("href", edition.info().sourceUrl()).put("rel", "reference");
    }
    metadata.put("remarks", NOTICE);
    Set<Requirement> placed = new HashSet<>();
    edition.allNodes().forEach(n -> placed.addAll(n.requirements()));
    List<Requirement> loose = edition.requirements().stream().filter(r -> !placed.contains(r)).toList();
    if (!loose.isEmpty()) {
      ArrayNode controls = catalog.putArray("controls");
      loose.forEach(r -> controls.add(control(r)));
    }
    if (!edition.structure().isEmpty()) {
      ArrayNode groups = catalog.putArray("groups");
      edition.structure().forEach(n -> groups.add(group(n)));
    }
    return new OutputFile(edition.document() + "/" + edition.edition() + "/oscal-catalog.json",
        PrettyJson.print(root));
  }

  private static ObjectNode group(StructureNode n) {
    ObjectNode g = PrettyJson.object();
    g.put("id", Oscal.groupId(n.path()));
    g.put("class", n.kind().keyword());
    g.put("title", n.number() + " " + n.title().en());
    ArrayNode props = g.putArray("props");
    props.addObject().put("name", "label").put("value", n.number());
    prop(props, "title-ja", n.title().ja());
    prop(props, "status", n.status().keyword());
    if (!n.requirements().isEmpty() && !n.children().isEmpty()) {
      // An OSCAL 1.1 group holds either groups or controls, never both; a node's own requirements then form a
      // group of their own, first, as the node's items.
      ArrayNode groups = g.putArray("groups");
      ObjectNode items = groups.addObject();
      items.put("id", Oscal.groupId(n.path()) + "_items");
      items.put("class", "items");
      items.put("title", n.number() + " " + n.title().en() + " (items of this " + n.kind().keyword() + ")");
      ArrayNode controls = items.putArray("controls");
      n.requirements().forEach(r -> controls.add(control(r)));
      n.children().forEach(c -> groups.add(group(c)));
    } else if (!n.requirements().isEmpty()) {
      ArrayNode controls = g.putArray("controls");
      n.requirements().forEach(r -> controls.add(control(r)));
    } else if (!n.children().isEmpty()) {
      ArrayNode groups = g.putArray("groups");
      n.children().forEach(c -> groups.add(group(c)));
    }
    return g;
  }

  private static ObjectNode control(Requirement r) {
    return OscalControl.render(new OscalControl.Fields(r.id(), r.level(), r.title().en(), r.title().ja(),
        r.summary().en(), r.summary().ja(), r.status(), r.stub(), r.source().url()));
  }

  private static void prop(ArrayNode props, String name, String value) {
    OscalControl.prop(props, name, value);
  }
}
