package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the evidence loader: whatever the bytes, it returns evidence or throws {@link EvidenceException} with at
 * least one located problem, and no problem ever quotes a credential fingerprint.
 *
 * <p>In {@code mvn verify} the inputs in {@code EvidenceLoaderFuzzTestInputs/} (seed corpus and every crash found)
 * run as regression tests; {@code JAZZER_FUZZ=1} fuzzes one target for ten minutes (see README, "Fuzzing").
 */
class EvidenceLoaderFuzzTest {
  /** Every fingerprint in the fixture starts with this; none may reach a message. */
  private static final String SECRET_MARK = "s3cr3t-fp";
  private static final byte[] SAKURA = Fixtures.resource("evidence/sakura.json");
  private static final EvidenceLimits SMALL = new EvidenceLimits(1 << 20, 64, 1 << 16);

  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveEvidenceOrProblems(byte[] input) {
    loadOrExplain(input);
  }

  /**
   * Starts from a valid document holding fingerprints and breaks it in a few places (bytes replaced, inserted,
   * removed, cut off), so the loader's error paths run next to secret values.
   */
  @FuzzTest(maxDuration = "10m")
  void brokenEvidenceNeverEchoesASecret(FuzzedDataProvider data) {
    StringBuilder doc = new StringBuilder(new String(SAKURA, StandardCharsets.UTF_8));
    int edits = data.consumeInt(1, 4);
    for (int i = 0; i < edits && doc.length() > 0; i++) {
      int at = data.consumeInt(0, doc.length() - 1);
      switch (data.consumeInt(0, 3)) {
        case 0 -> doc.setCharAt(at, data.consumeChar());
        case 1 -> doc.insert(at, data.consumeString(8));
        case 2 -> doc.delete(at, Math.min(doc.length(), at + data.consumeInt(1, 16)));
        default -> doc.setLength(at);
      }
    }
    loadOrExplain(doc.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void loadOrExplain(byte[] input) {
    try {
      EvidenceLoader.load(input, "fuzz.json", Facts.class, SMALL);
    } catch (EvidenceException e) {
      assertThat(e.problems()).isNotEmpty();
      for (EvidenceProblem p : e.problems()) {
        assertThat(p.render()).isNotBlank().doesNotContain(SECRET_MARK);
      }
      assertThat(e.getMessage()).doesNotContain(SECRET_MARK);
    }
  }
}
