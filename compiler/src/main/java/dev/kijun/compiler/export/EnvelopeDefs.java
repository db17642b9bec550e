package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.evidence.AnswerValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code $defs} of the parts of an evidence file every edition shares (docs/evidence.md). Their names start with
 * {@code kijun.}, which no record or enum name can, so they never clash with a schema's own definitions.
 */
final class EnvelopeDefs {
  static final String FACILITY = "kijun.Facility";
  static final String ANSWER = "kijun.Answer";
  static final String REVIEW = "kijun.Review";
  static final String WAIVER = "kijun.Waiver";
  static final String CLAUSE_NAME = "kijun.ClauseName";

  /** The spelling of a qualified clause name, as {@code dev.kijun.runtime.ClauseRef} validates it. */
  static final String CLAUSE_PATTERN =
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*@[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*/§?[A-Za-z0-9]+(\\.§?[A-Za-z0-9]+)*$";

  private EnvelopeDefs() {}

  /** Every shared definition by name. */
  static Map<String, ObjectNode> all() {
    Map<String, ObjectNode> defs = new TreeMap<>();
    defs.put(FACILITY, facility());
    defs.put(ANSWER, answer());
    defs.put(REVIEW, review());
    defs.put(WAIVER, waiver());
    ObjectNode clause = JsonText.object();
    clause.put("description", "A qualified clause name: <document>@<edition>/<clause>.");
    clause.put("type", "string");
    clause.put("pattern", CLAUSE_PATTERN);
    defs.put(CLAUSE_NAME, clause);
    return defs;
  }

  private static ObjectNode facility() {
    List<String> kinds = new ArrayList<>();
    for (Audience a : Audience.values()) {
      kinds.add(a.keyword());
    }
    ObjectNode kind = JsonText.object();
    kind.put("description", "The kind of facility; requirements addressed to other audiences are not applicable.");
    kind.put("type", "string");
    kind.set("enum", JsonText.strings(kinds));
    ObjectNode profiles = JsonText.object();
    profiles.put("description", "The reading profiles the facility falls under (e.g. 6.0's [I-IV] markers); "
        + "requirements read only under other profiles are not applicable. Omitted: no filter by profile.");
    profiles.put("type", "array");
    profiles.putObject("items").put("type", "string");
    return closed("Who the evidence describes.",
        List.of(prop("name", string("Free text.")), prop("kind", kind), prop("profiles", profiles)),
        List.of("name", "kind"));
  }

  private static ObjectNode answer() {
    List<String> values = new ArrayList<>();
    for (AnswerValue v : AnswerValue.values()) {
      values.add(v.jsonName());
    }
    ObjectNode value = JsonText.object();
    value.put("type", "string");
    value.set("enum", JsonText.strings(values));
    return closed("An answer to a question check, in the checklist's format.", List.of(
        prop("answer", value),
        prop("checkedOn", described(JsonSchemaGenerator.date(), "The date the answer was checked.")),
        prop("targetDate", described(JsonSchemaGenerator.date(), "When the answer is no: the date it will be met.")),
        prop("document", string("An optional reference to a supporting document."))),
        List.of("answer", "checkedOn"));
  }

  private static ObjectNode review() {
    ObjectNode satisfied = JsonText.object();
    satisfied.put("type", "boolean");
    return closed("A recorded manual-review result.", List.of(
        prop("satisfied", satisfied),
        prop("reviewer", string("Who reviewed.")),
        prop("reviewedOn", described(JsonSchemaGenerator.date(), "When.")),
        prop("note", string("A free note, e.g. where the evidence is."))),
        List.of("satisfied", "reviewer", "reviewedOn"));
  }

  private static ObjectNode waiver() {
    ObjectNode requirement = JsonText.object();
    requirement.put("description", "The requirement that declares the waiver, by qualified clause name.");
    requirement.put("$ref", "#/$defs/" + CLAUSE_NAME);
    return closed("A waiver a requirement declares, recorded for one subject; it counts from its approval date "
        + "(when given) up to and including its expiry date.", List.of(
        prop("requirement", requirement),
        prop("waiver", string("The waiver's name as declared in the requirement.")),
        prop("subject", string("What it covers, e.g. an endpoint id.")),
        prop("justification", string("Why.")),
        prop("approvedBy", string("Who approved it.")),
        prop("expires", described(JsonSchemaGenerator.date(), "The last day it counts.")),
        prop("approvedOn", described(JsonSchemaGenerator.date(),
            "When it was approved (optional); a waiver approved after the assessment date does not count."))),
        List.of("requirement", "waiver", "subject", "justification", "approvedBy", "expires"));
  }

  private record Prop(String name, ObjectNode schema) {}

  private static Prop prop(String name, ObjectNode schema) {
    return new Prop(name, schema);
  }

  private static ObjectNode closed(String description, List<Prop> props, List<String> required) {
    ObjectNode n = JsonText.object();
    n.put("description", description);
    n.put("type", "object");
    ObjectNode p = n.putObject("properties");
    props.forEach(x -> p.set(x.name(), required.contains(x.name()) ? x.schema()
        : JsonSchemaGenerator.orNull(x.schema())));
    ArrayNode req = n.putArray("required");
    required.forEach(req::add);
    n.put("additionalProperties", false);
    return n;
  }

  private static ObjectNode string(String description) {
    ObjectNode n = JsonText.object();
    n.put("description", description);
    n.put("type", "string");
    return n;
  }

  private static ObjectNode described(ObjectNode schema, String description) {
    ObjectNode n = JsonText.object();
    n.put("description", description);
    n.setAll(schema);
    return n;
  }
}
