package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Edition;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the generated one-pass reader ({@code SchemaReader}, the loader's fast path) against the
 * loader's thorough path, which binds with Jackson and explains problems: random evidence from the bundled schema
 * ({@link EvidenceGenerator}, seeded) and, for each document, random mutations (a key removed, repeated or unknown,
 * a value nulled or replaced by another JSON kind, impossible dates, out-of-range integers, nulls in lists, bad
 * clause keys, trailing or truncated text, non-ASCII escapes, a byte-order mark). For every input both paths must
 * agree: the same assessment, or the same problems. The one-pass reader must also bind every unmutated document
 * itself (it is the path valid evidence takes), and it may decline only what the thorough path rejects.
 * {@code -Donepass.documents=N} runs more.
 */
class OnePassReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MUTANTS = 6;

  @Test
  void oneEvidenceReaderAgreesWithTheThoroughPath() throws Exception {
    CompiledGuidelines g = CompiledGuidelines.get();
    int documents = Integer.getInteger("onepass.documents", 600);
    List<Edition> models = g.program.editions();
    long seed = Long.getLong("onepass.seed", 20261202L);
    int valid = 0;
    int mutants = 0;
    int mutantsAccepted = 0;
    for (int i = 0; i < documents; i++) {
      Edition model = models.get(i % models.size());
      Class<?> type = g.editions.get(model.key()).evidenceType();
      ObjectNode doc = new EvidenceGenerator(model, seed + i).document();
      byte[] bytes = JSON.writeValueAsBytes(doc);
      assertThat(EvidenceLoader.loadsInOnePass(bytes, type)).as("document %d (seed %d) is read in one pass", i, seed + i)
          .isTrue();
      agree(bytes, type, "document " + i);
      valid++;
      Random random = new Random(seed * 31 + i);
      for (int m = 0; m < MUTANTS; m++) {
        Mutant mutant = mutate(doc, random);
        if (agree(mutant.bytes, type, "document " + i + ", mutant " + m + " (" + mutant.what + ")")) {
          mutantsAccepted++;
        }
        mutants++;
      }
    }
    System.out.printf("one-pass reader: %,d documents read in one pass and bound as the thorough path binds them; "
        + "%,d mutants agree (%,d valid, %,d rejected by both paths)%n", valid, mutants, mutantsAccepted,
        mutants - mutantsAccepted);
    assertThat(mutants - mutantsAccepted).as("most mutants are invalid evidence").isGreaterThan(mutants / 3);
  }

  /**
   * Both paths on one input: equal assessments or equal problems; the one-pass reader never accepts what the thorough
   * path rejects, and declines nothing it accepts. True when the input is valid evidence.
   */
  static boolean agree(byte[] bytes, Class<?> type, String what) {
    Object thorough = outcome(() -> EvidenceLoader.loadThoroughly(bytes, "doc.json", type));
    Object loaded = outcome(() -> EvidenceLoader.load(bytes, "doc.json", type));
    boolean onePass = EvidenceLoader.loadsInOnePass(bytes, type);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!loaded.equals(thorough)) {
      fail(what + ": the loader gives\n  " + loaded + "\nthe thorough path\n  " + thorough + "\non\n" + text);
    }
    boolean valid = thorough instanceof Assessment;
    if (onePass != valid) {
      fail(what + ": the one-pass reader " + (onePass ? "accepts" : "declines") + " evidence the thorough path "
          + (valid ? "accepts" : "rejects: " + thorough) + "\n" + text);
    }
    return valid;
  }

  private interface Load {
    Assessment<?> run() throws EvidenceException;
  }

  /** The assessment, or the problems as text. */
  private static Object outcome(Load load) {
    try {
      return load.run();
    } catch (EvidenceException e) {
      return e.problems().toString();
    }
  }

  private record Mutant(String what, byte[] bytes) {}

  private static Mutant mutate(ObjectNode original, Random random) throws IOException {
    ObjectNode doc = original.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    int kind = random.nextInt(12);
    switch (kind) {
      case 0: {
        String key = anyKey(target, random);
        if (key == null) {
          break;
        }
        ((ObjectNode) target).remove(key);
        return new Mutant("removed " + key, JSON.writeValueAsBytes(doc));
      }
      case 1: {
        String key = anyKey(target, random);
        if (key == null) {
          break;
        }
        ((ObjectNode) target).putNull(key);
        return new Mutant(key + " = null", JSON.writeValueAsBytes(doc));
      }
      case 2:
      case 3: {
        String key = anyKey(target, random);
        if (key == null) {
          break;
        }
        JsonNode value = strangeValue(random);
        ((ObjectNode) target).set(key, value);
        return new Mutant(key + " = " + value, JSON.writeValueAsBytes(doc));
      }
      case 4: {
        if (target instanceof ObjectNode o) {
          o.put("unknownKey", 1);
          return new Mutant("unknown key", JSON.writeValueAsBytes(doc));
        }
        break;
      }
      case 5: {
        if (target instanceof ArrayNode a) {
          if (a.isEmpty() || random.nextBoolean()) {
            a.addNull();
            return new Mutant("null element", JSON.writeValueAsBytes(doc));
          }
          a.set(random.nextInt(a.size()), strangeValue(random));
          return new Mutant("strange element", JSON.writeValueAsBytes(doc));
        }
        break;
      }
      case 6:
        return new Mutant("repeated key", repeatingOneKey(doc, random));
      case 7: {
        byte[] bytes = JSON.writeValueAsBytes(doc);
        return new Mutant("truncated", java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
      }
      case 8: {
        String[] tails = {" {}", "x", " null", "]", " ", "\n"};
        String tail = tails[random.nextInt(tails.length)];
        return new Mutant("followed by '" + tail + "'", (JSON.writeValueAsString(doc) + tail).getBytes(StandardCharsets.UTF_8));
      }
      case 9: {
        ObjectNode answers = doc.has("answers") && doc.get("answers").isObject() ? (ObjectNode) doc.get("answers")
            : doc.putObject("answers");
        String[] keys = {"R7/2.8", "mhlw-checklist@R7", "", "mhlw-checklist@R7/2.8", "mhlw-checklist@R7/2.08"};
        ObjectNode answer = answers.putObject(keys[random.nextInt(keys.length)]);
        answer.put("answer", random.nextBoolean() ? "yes" : "maybe");
        answer.put("checkedOn", random.nextBoolean() ? "2026-10-01" : "2026-13-01");
        return new Mutant("answer added", JSON.writeValueAsBytes(doc));
      }
      case 10: {
        ObjectMapper ascii = new ObjectMapper();
        ascii.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        return new Mutant("non-ASCII escaped", ascii.writeValueAsBytes(doc));
      }
      default: {
        byte[] body = JSON.writeValueAsBytes(doc);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return new Mutant("byte-order mark", withBom);
      }
    }
    return new Mutant("unchanged", JSON.writeValueAsBytes(doc));
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }

  private static String anyKey(JsonNode node, Random random) {
    if (!(node instanceof ObjectNode o) || o.isEmpty()) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    return keys.get(random.nextInt(keys.size()));
  }

  private static JsonNode strangeValue(Random random) {
    switch (random.nextInt(16)) {
      case 0: return NODES.textNode("");
      case 1: return NODES.textNode("2026-02-30");
      case 2: return NODES.textNode("2026-1-01");
      case 3: return NODES.textNode("TLS1.2");
      case 4: return NODES.numberNode(0);
      case 5: return NODES.numberNode(new BigInteger("9223372036854775808"));
      case 6: return NODES.numberNode(Long.MIN_VALUE);
      case 7: return NODES.numberNode(new java.math.BigDecimal("1.5"));
      case 8: return NODES.booleanNode(random.nextBoolean());
      case 9: return NODES.arrayNode();
      case 10: return NODES.objectNode();
      case 11: return NODES.nullNode();
      case 12: return NODES.textNode("2026-10-01");
      case 13: return NODES.textNode("yes");
      case 14: return NODES.numberNode(-7);
      default: return NODES.textNode("blocked");
    }
  }

  /** The document as text with one key of one object written twice (the second with the same value). */
  private static byte[] repeatingOneKey(ObjectNode doc, Random random) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    collect(doc, objects);
    objects.removeIf(n -> !n.isObject() || n.isEmpty());
    JsonNode chosen = objects.get(random.nextInt(objects.size()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = JSON.getFactory().createGenerator(out)) {
      write(doc, chosen, gen);
    }
    return out.toByteArray();
  }

  private static void write(JsonNode node, JsonNode repeatIn, JsonGenerator gen) throws IOException {
    if (node.isObject()) {
      gen.writeStartObject();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      boolean first = true;
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        gen.writeFieldName(f.getKey());
        write(f.getValue(), repeatIn, gen);
        if (first && node == repeatIn) {
          gen.writeFieldName(f.getKey());
          write(f.getValue(), repeatIn, gen);
        }
        first = false;
      }
      gen.writeEndObject();
    } else if (node.isArray()) {
      gen.writeStartArray();
      for (JsonNode e : node) {
        write(e, repeatIn, gen);
      }
      gen.writeEndArray();
    } else {
      JSON.writeTree(gen, node);
    }
  }
}
