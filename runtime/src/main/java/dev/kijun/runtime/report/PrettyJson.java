package dev.kijun.runtime.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * kijun's one JSON printer, for every JSON it writes (reports, SARIF, OSCAL, schemas, catalogs, diffs): Jackson
 * with a fixed layout, so output is byte-for-byte stable: two-space indent, {@code "key": value}, {@code []} and
 * {@code {}} when empty, {@code \n} line ends and a trailing newline. Non-ASCII text (Japanese titles) is written as
 * is, the output being UTF-8.
 */
public final class PrettyJson {
  private static final ObjectWriter WRITER;

  static {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
  }

  private PrettyJson() {}

  /** One string as a JSON string literal, e.g. {@code "adminCredential"}. */
  public static String quote(String s) {
    try {
      return WRITER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty, insertion-ordered object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * The printed text of a tree: a Jackson node, or {@link java.util.Map}s (in their iteration order),
   * {@link java.util.List}s, strings, numbers, booleans and nulls.
   */
  public static String print(Object tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
