package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.fixtures.Facts;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Encoding#wellFormedUtf8} against the JDK's strict decoder, which the thorough path uses: they must agree, or
 * the fast path (whose parser decodes laxly) could accept a file the thorough path rejects. Checked on every lead and
 * second byte, with the third and fourth at each value where a byte's class changes.
 */
class EncodingTest {
  private static final CharsetDecoder STRICT = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  /** Every value a byte's class can change at: ASCII, and both sides of 0x80, 0x90, 0xA0 and 0xC0. */
  private static final int[] EDGES = {0x00, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};

  @Test
  void agreesWithTheStrictDecoderOnEveryLeadAndSecondByte() {
    for (int a = 0; a < 256; a++) {
      agree(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        agree(new byte[] {(byte) a, (byte) b});
        for (int c : EDGES) {
          agree(new byte[] {'x', (byte) a, (byte) b, (byte) c});
          for (int d : EDGES) {
            agree(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d, '"'});
          }
        }
      }
    }
  }

  /** The ASCII runs are skipped eight bytes at a time; a sequence must be judged wherever it falls in that stride. */
  @Test
  void judgesASequenceAtEveryOffsetOfALongerText() {
    int[][] sequences = {{0xC3, 0xA9}, {0xE3, 0x81, 0x82}, {0xF0, 0x9F, 0x98, 0x80}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80},
        {0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xE3, 0x81}};
    for (int[] seq : sequences) {
      for (int length = seq.length; length <= 40; length++) {
        for (int at = 0; at + seq.length <= length; at++) {
          byte[] text = new byte[length];
          java.util.Arrays.fill(text, (byte) 'a');
          for (int k = 0; k < seq.length; k++) {
            text[at + k] = (byte) seq[k];
          }
          agree(text);
        }
      }
    }
  }

  @Test
  void theFastPathDeclinesAnOverlongForm() {
    String ok = "{\"facility\":{\"name\":\"x%s\",\"kind\":\"vendor\"},\"assessedOn\":\"2026-11-01\","
        + "\"facts\":{\"staffCount\":3,\"endpoints\":[],\"devices\":[]}}";
    byte[] valid = String.format(ok, "").getBytes(StandardCharsets.UTF_8);
    byte[] overlong = String.format(ok, "\u0000").getBytes(StandardCharsets.UTF_8);
    int at = new String(overlong, StandardCharsets.UTF_8).indexOf('\u0000');
    byte[] bad = new byte[overlong.length + 1];
    System.arraycopy(overlong, 0, bad, 0, at);
    bad[at] = (byte) 0xC1; // C1 AF: an overlong '/', which Jackson's byte parser reads as '/'
    bad[at + 1] = (byte) 0xAF;
    System.arraycopy(overlong, at + 1, bad, at + 2, overlong.length - at - 1);
    assertThat(EvidenceLoader.loadsInOnePass(valid, Facts.class)).isTrue();
    assertThat(EvidenceLoader.loadsInOnePass(bad, Facts.class)).isFalse();
  }

  private static void agree(byte[] bytes) {
    CharBuffer out = CharBuffer.allocate(bytes.length);
    boolean jdk = !STRICT.reset().decode(ByteBuffer.wrap(bytes), out, true).isError();
    if (Encoding.wellFormedUtf8(bytes) != jdk) {
      StringBuilder hex = new StringBuilder();
      for (byte x : bytes) {
        hex.append(String.format("%02X ", x & 0xff));
      }
      assertThat(Encoding.wellFormedUtf8(bytes)).as("well-formed UTF-8: %s", hex).isEqualTo(jdk);
    }
  }
}
