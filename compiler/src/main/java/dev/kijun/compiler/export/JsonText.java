package dev.kijun.compiler.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Text2;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * JSON output shared by the exports: insertion-ordered trees, printed with two-space indentation, {@code "key": value}
 * spacing, {@code \n} line breaks, {@code []} and {@code {}} for empty containers, and a trailing newline.
 */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();
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

  /** The pretty-printed text of {@code node}, ending in a newline. */
  static String print(JsonNode node) {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
