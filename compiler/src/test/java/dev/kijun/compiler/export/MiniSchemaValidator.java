package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema 2020-12 validator for exactly the keywords {@link JsonSchemaGenerator} emits, so the test needs no
 * extra library. It fails loudly on any other keyword: a generator change that emits one must extend it.
 */
final class MiniSchemaValidator {
  private static final Set<String> KNOWN = Set.of("$schema", "title", "description", "type", "properties",
      "required", "additionalProperties", "$defs", "$ref", "items", "enum", "pattern", "format", "propertyNames",
      "minimum", "maximum");

  private final JsonNode root;

  MiniSchemaValidator(JsonNode root) {
    this.root = root;
  }

  /** The problems of {@code value}, each as {@code path: message}; empty when valid. */
  List<String> validate(JsonNode value) {
    List<String> out = new ArrayList<>();
    check(root, value, "$", out);
    return out;
  }

  private void check(JsonNode schema, JsonNode v, String path, List<String> out) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN.contains(k)) {
        throw new IllegalStateException("keyword not supported by the test validator: " + k);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
      if (target == null) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
      check(target, v, path, out);
    }
    if (schema.has("type") && !hasType(v, schema.get("type").asText())) {
      out.add(path + ": expected " + schema.get("type").asText());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        out.add(path + ": not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && v.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
      out.add(path + ": does not match " + schema.get("pattern").asText());
    }
    if (schema.has("format") && schema.get("format").asText().equals("date") && v.isTextual()) {
      try {
        LocalDate.parse(v.asText());
      } catch (DateTimeParseException e) {
        out.add(path + ": not a date");
      }
    }
    if (schema.has("minimum") && v.isNumber() && v.bigIntegerValue().compareTo(schema.get("minimum")
        .bigIntegerValue()) < 0) {
      out.add(path + ": below minimum");
    }
    if (schema.has("maximum") && v.isNumber() && v.bigIntegerValue().compareTo(schema.get("maximum")
        .bigIntegerValue()) > 0) {
      out.add(path + ": above maximum");
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(schema.get("items"), v.get(i), path + "[" + i + "]", out);
      }
    }
    if (v.isObject()) {
      object(schema, v, path, out);
    }
  }

  private void object(JsonNode schema, JsonNode v, String path, List<String> out) {
    if (schema.has("required")) {
      for (JsonNode r : schema.get("required")) {
        if (!v.has(r.asText())) {
          out.add(path + ": missing " + r.asText());
        }
      }
    }
    JsonNode props = schema.get("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String p = path + "." + f.getKey();
      if (schema.has("propertyNames")) {
        check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey()),
            p + "(name)", out);
      }
      if (props != null && props.has(f.getKey())) {
        check(props.get(f.getKey()), f.getValue(), p, out);
      } else if (schema.has("additionalProperties")) {
        JsonNode ap = schema.get("additionalProperties");
        if (ap.isBoolean() && !ap.asBoolean()) {
          out.add(p + ": unknown property");
        } else if (ap.isObject()) {
          check(ap, f.getValue(), p, out);
        }
      }
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    switch (type) {
      case "object":
        return v.isObject();
      case "array":
        return v.isArray();
      case "string":
        return v.isTextual();
      case "integer":
        return v.isIntegralNumber();
      case "number":
        return v.isNumber();
      case "boolean":
        return v.isBoolean();
      default:
        throw new IllegalStateException("unsupported type " + type);
    }
  }
}
