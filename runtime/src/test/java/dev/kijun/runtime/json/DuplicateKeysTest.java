package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kijun.runtime.fixtures.Facts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DuplicateKeys} rejects exactly the documents Jackson's strict duplicate detection rejects. */
class DuplicateKeysTest {
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Test
  void agreesWithJacksonOnRandomDocuments() throws IOException {
    Random random = new Random(20261202);
    int duplicates = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder json = new StringBuilder();
      value(json, random, 0);
      byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
      boolean jackson = rejects(STRICT.createParser(bytes), null);
      boolean ours = rejects(DuplicateKeys.wrap(STRICT.createParser(bytes)), null);
      boolean oursMoving = rejects(DuplicateKeys.wrap(STRICT.createParser(bytes)), new Random(i));
      assertThat(ours).as(json.toString()).isEqualTo(jackson);
      assertThat(oursMoving).as("moving on in every way, skipping children: " + json).isEqualTo(jackson);
      duplicates += jackson ? 1 : 0;
    }
    assertThat(duplicates).as("the generator must produce both kinds").isBetween(300, 2700);
  }

  @Test
  void fastPathDeclinesDuplicatesAtAnyDepthAndSize() {
    FastPath fast = new FastPath(StrictMapper.mapper(StrictMapper.factory(EvidenceLimits.DEFAULT)));
    String envelope = "{\"facility\":{\"name\":\"x\",\"kind\":\"vendor\"},\"assessedOn\":\"2026-11-01\","
        + "\"facts\":{\"staffCount\":3,\"endpoints\":[],\"devices\":[%s]}%s}";
    String device = "{\"id\":\"d%d\",\"kind\":\"server\",\"ports\":[]%s}";
    StringBuilder answers = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      answers.append(i == 0 ? "" : ",").append("\"a@1/").append(i).append("\":{\"answer\":\"yes\",\"checkedOn\":\"2026-01-01\"}");
    }
    String manyDevices = String.format(device, 1, "") + "," + String.format(device, 2, "");
    assertThat(fast.tryLoad(bytes(String.format(envelope, manyDevices, ",\"answers\":{" + answers + "}")), Facts.class))
        .as("siblings with the same keys, 30 distinct answers").isPresent();
    for (String bad : new String[] {
        String.format(envelope, manyDevices + "," + String.format(device, 3, ",\"kind\":\"server\""), ""),
        String.format(envelope, manyDevices, ",\"answers\":{" + answers + ",\"a@1/17\":{\"answer\":\"no\",\"checkedOn\":\"2026-01-01\"}}"),
        String.format(envelope, manyDevices, ",\"answers\":{" + answers + ",\"a@1/29\":{\"answer\":\"no\",\"checkedOn\":\"2026-01-01\"}}"),
        String.format(envelope, manyDevices, ",\"facility\":{\"name\":\"x\",\"kind\":\"vendor\"}")}) {
      assertThat(fast.tryLoad(bytes(bad), Facts.class)).as(bad).isEmpty();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads every token; with {@code moves}, through each of the parser's ways of moving on, skipping some containers.
   * True when a duplicate key is reported.
   */
  private static boolean rejects(JsonParser p, Random moves) throws IOException {
    try (p) {
      while (true) {
        advance(p, moves == null ? 0 : moves.nextInt(8));
        JsonToken t = p.currentToken();
        if (t == null) {
          return false;
        }
        if (moves != null && t.isStructStart() && moves.nextInt(4) == 0) {
          p.skipChildren();
        }
      }
    } catch (JsonParseException e) {
      assertThat(e.getOriginalMessage()).startsWith("Duplicate field");
      return true;
    }
  }

  private static void advance(JsonParser p, int how) throws IOException {
    switch (how) {
      case 1: p.nextFieldName(); break;
      case 2: p.nextFieldName(new SerializedString("k1")); break;
      case 3: p.nextTextValue(); break;
      case 4: p.nextIntValue(0); break;
      case 5: p.nextLongValue(0); break;
      case 6: p.nextBooleanValue(); break;
      case 7: p.nextValue(); break;
      default: p.nextToken();
    }
  }

  /** A random value: objects with 0–40 keys drawn from a small set (so duplicates happen), arrays, scalars. */
  private static void value(StringBuilder out, Random random, int depth) {
    int kind = depth > 4 ? 2 : random.nextInt(3);
    if (kind == 0) {
      int n = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(6);
      int alphabet = n + 1 + random.nextInt(3 * n + 2);
      out.append('{');
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : ",").append("\"k").append(random.nextInt(alphabet)).append("\":");
        value(out, random, depth + 1);
      }
      out.append('}');
    } else if (kind == 1) {
      int n = random.nextInt(4);
      out.append('[');
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : ",");
        value(out, random, depth + 1);
      }
      out.append(']');
    } else {
      out.append(random.nextInt(100));
    }
  }
}
