package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.output.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates a JSON Schema (draft 2020-12) of a whole evidence file for one evidence schema: the envelope every
 * edition shares ({@code facility}, {@code assessedOn}, {@code answers}, {@code reviews}, {@code waivers}, see
 * {@link EnvelopeDefs}) around {@code facts}, which is the schema's root record. Every record and enum becomes a
 * {@code $defs} entry (sorted by name); records are closed ({@code additionalProperties: false}) and list their
 * non-optional fields as {@code required}; enums use their JSON spellings. Pure and deterministic.
 */
public final class JsonSchemaGenerator {
  /** The dialect every generated schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  /** The description given to {@code secret} values. */
  public static final String SECRET_NOTE = "A secret: compared by the checks, never echoed in any output.";

  private JsonSchemaGenerator() {}

  /** The JSON Schema of an evidence file whose {@code facts} follow {@code schema}: {@code evidence/<name>.schema.json}. */
  public static OutputFile generate(Schema schema) {
    ObjectNode root = JsonText.object();
    root.put("$schema", DIALECT);
    root.put("title", "kijun evidence file (schema " + schema.name() + ")");
    root.put("description", "One facility at one date. `facts` follows the evidence schema `" + schema.name()
        + "` (root record " + schema.root().name() + "); answers, reviews and waivers are keyed by qualified "
        + "clause names such as mhlw-guideline@5.2/6.11.C.11.");
    root.put("type", "object");
    ObjectNode props = root.putObject("properties");
    props.set("facility", ref(EnvelopeDefs.FACILITY));
    props.set("assessedOn", withDescription(date(), "The assessment date, unless --as-of overrides it."));
    props.set("facts", withDescription(ref(schema.root().name()), "The facts: the schema's root record."));
    ObjectNode answers = props.putObject("answers");
    answers.put("description", "Answers to question checks, keyed by qualified clause name.");
    answers.put("type", "object");
    answers.set("propertyNames", ref(EnvelopeDefs.CLAUSE_NAME));
    answers.set("additionalProperties", ref(EnvelopeDefs.ANSWER));
    ObjectNode reviews = props.putObject("reviews");
    reviews.put("description", "Recorded manual-review results, keyed by qualified clause name.");
    reviews.put("type", "object");
    reviews.set("propertyNames", ref(EnvelopeDefs.CLAUSE_NAME));
    reviews.set("additionalProperties", ref(EnvelopeDefs.REVIEW));
    ObjectNode waivers = props.putObject("waivers");
    waivers.put("description", "Waivers declared by requirements, each for one subject, with expiry.");
    waivers.put("type", "array");
    waivers.set("items", ref(EnvelopeDefs.WAIVER));
    for (String optional : List.of("answers", "reviews", "waivers")) {
      props.set(optional, orNull((ObjectNode) props.get(optional)));
    }
    root.set("required", JsonText.strings(List.of("facility", "assessedOn", "facts")));
    root.put("additionalProperties", false);

    Map<String, ObjectNode> defs = new TreeMap<>();
    for (RecordDef r : schema.records()) {
      defs.put(r.name(), record(r));
    }
    for (EnumDef e : enums(schema)) {
      defs.put(e.name(), enumDef(e));
    }
    defs.putAll(EnvelopeDefs.all());
    ObjectNode defsNode = root.putObject("$defs");
    defs.forEach(defsNode::set);
    return new OutputFile("evidence/" + schema.name() + ".schema.json", dev.kijun.runtime.report.PrettyJson.print(root));
  }

  /** Declared enums plus any built-in enum a field uses. */
  private static List<EnumDef> enums(Schema schema) {
    Map<String, EnumDef> out = new TreeMap<>();
    schema.enums().stream().filter(e -> !e.builtin()).forEach(e -> out.put(e.name(), e));
    for (RecordDef r : schema.records()) {
      for (FieldDef f : r.fields()) {
        Type t = f.type().unwrapped();
        while (t instanceof Type.ListType l) {
          t = l.element().unwrapped();
        }
        if (t instanceof Type.EnumType e) {
          out.putIfAbsent(e.def().name(), e.def());
        }
      }
    }
    List<EnumDef> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparing(EnumDef::name));
    return list;
  }

  private static ObjectNode record(RecordDef r) {
    ObjectNode n = JsonText.object();
    r.doc().ifPresent(d -> n.put("description", d));
    n.put("type", "object");
    ObjectNode props = n.putObject("properties");
    List<String> required = new ArrayList<>();
    for (FieldDef f : r.fields()) {
      ObjectNode p = JsonText.object();
      String doc = f.doc().orElse("");
      if (f.type().unwrapped() == Type.Primitive.SECRET) {
        doc = doc.isEmpty() ? SECRET_NOTE : doc + " " + SECRET_NOTE;
      }
      if (!doc.isEmpty()) {
        p.put("description", doc);
      }
      ObjectNode shape = JsonText.object();
      type(f.type().unwrapped(), shape);
      if (f.optional()) {
        p.setAll(orNull(shape));
      } else {
        p.setAll(shape);
        required.add(f.name());
      }
      props.set(f.name(), p);
    }
    if (!required.isEmpty()) {
      n.set("required", JsonText.strings(required));
    }
    n.put("additionalProperties", false);
    return n;
  }

  private static ObjectNode enumDef(EnumDef e) {
    ObjectNode n = JsonText.object();
    StringBuilder d = new StringBuilder(e.doc().orElse(""));
    if (e.ordered()) {
      d.append(d.length() > 0 ? " " : "").append("Ordered: values compare in the order listed, first is lowest.");
    }
    for (EnumDef.EnumConstant c : e.constants()) {
      c.doc().ifPresent(cd -> d.append(d.length() > 0 ? "\n" : "").append("- ").append(c.json()).append(": ")
          .append(cd));
    }
    if (d.length() > 0) {
      n.put("description", d.toString());
    }
    n.put("type", "string");
    ArrayNode values = n.putArray("enum");
    e.constants().forEach(c -> values.add(c.json()));
    return n;
  }

  /** Adds the keywords for {@code t} (never optional here) to {@code n}. */
  private static void type(Type t, ObjectNode n) {
    if (t instanceof Type.ListType l) {
      n.put("type", "array");
      ObjectNode items = n.putObject("items");
      type(l.element().unwrapped(), items);
    } else if (t instanceof Type.RecordType r) {
      n.put("$ref", "#/$defs/" + r.def().name());
    } else if (t instanceof Type.EnumType e) {
      n.put("$ref", "#/$defs/" + e.def().name());
    } else if (t == Type.Primitive.DATE) {
      n.setAll(date());
    } else if (t == Type.Primitive.INTEGER) {
      n.put("type", "integer");
      n.put("minimum", Long.MIN_VALUE);
      n.put("maximum", Long.MAX_VALUE);
    } else if (t == Type.Primitive.NUMBER) {
      n.put("type", "number");
    } else if (t == Type.Primitive.BOOLEAN) {
      n.put("type", "boolean");
    } else if (t == Type.Primitive.SECRET) {
      n.put("type", "string");
      if (!n.has("description")) {
        n.put("description", SECRET_NOTE);
      }
    } else if (t == Type.Primitive.STRING) {
      n.put("type", "string");
    }
    // Type.Primitive.ERROR: no constraint; a model with errors is not exported anyway.
  }

  /**
   * An optional value: {@code shape} or {@code null}. The loader takes an explicit {@code null} for an optional field
   * as "not collected", the same as leaving the field out, so the schema allows both (docs/evidence.md).
   */
  static ObjectNode orNull(ObjectNode shape) {
    ObjectNode n = JsonText.object();
    ObjectNode without = shape.deepCopy();
    if (without.has("description")) {
      n.set("description", without.remove("description"));
    }
    ArrayNode any = n.putArray("anyOf");
    any.add(without);
    any.addObject().put("type", "null");
    return n;
  }

  /** An ISO calendar date. */
  static ObjectNode date() {
    ObjectNode n = JsonText.object();
    n.put("type", "string");
    n.put("format", "date");
    n.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    return n;
  }

  static ObjectNode ref(String def) {
    ObjectNode n = JsonText.object();
    n.put("$ref", "#/$defs/" + def);
    return n;
  }

  private static ObjectNode withDescription(ObjectNode n, String description) {
    ObjectNode out = JsonText.object();
    out.put("description", description);
    out.setAll(n);
    return out;
  }
}
