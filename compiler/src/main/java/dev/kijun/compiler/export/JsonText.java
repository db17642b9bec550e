package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Text2;
import java.util.Collection;

/**
 * Building blocks of the exports' JSON trees (insertion-ordered objects, string arrays, ja/en pairs); the trees are
 * printed by kijun's one JSON printer, {@link dev.kijun.runtime.report.PrettyJson}.
 */
final class JsonText {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonText() {}

  /** A new, empty, insertion-ordered object. */
  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new, empty array. */
  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** An array of strings, in the given order. */
  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /** {@code {"ja": …, "en": …}}. */
  static ObjectNode text2(Text2 t) {
    ObjectNode o = object();
    o.put("ja", t.ja());
    o.put("en", t.en());
    return o;
  }
}
