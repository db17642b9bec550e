package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.interp.Interpreter;
import dev.kijun.compiler.model.Edition;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.TextReport;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes validation with well-formed evidence: the fuzzer's bytes drive {@link EvidenceGenerator}'s decisions
 * (edition, sizes, absent values, dates, duplicates, waivers), so coverage guides the shape of the evidence. No
 * evidence may make a generated validator or a report renderer throw, and the interpreter must agree.
 *
 * <p>In {@code mvn verify} the inputs in {@code ValidationFuzzTestInputs/} (seed corpus and every crash found) run as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes for ten minutes (see compiler/README.md).
 */
class ValidationFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @FuzzTest(maxDuration = "10m")
  void validationNeverThrows(FuzzedDataProvider data) throws Exception {
    CompiledGuidelines g = CompiledGuidelines.get();
    List<Edition> editions = g.program.editions();
    Edition model = editions.get(data.consumeInt(0, editions.size() - 1));
    EvidenceGenerator gen = new EvidenceGenerator(model, new EvidenceGenerator.Choices() {
      @Override
      public int nextInt(int bound) {
        return data.consumeInt(0, bound - 1);
      }

      @Override
      public boolean nextBoolean() {
        return data.consumeBoolean();
      }
    });
    ObjectNode doc = gen.document();
    check(g.editions.get(model.key()), model, doc);
  }

  private static <E> void check(dev.kijun.runtime.Edition<E> compiled, Edition model, ObjectNode doc)
      throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(doc);
    Assessment<E> a = EvidenceLoader.load(bytes, "fuzz.json", compiled.evidenceType());
    List<Verdict> verdicts = compiled.validateAll(a);
    Report report = new Report(compiled.info(), "fuzz.json", a.facility(), a.asOf(), verdicts);
    // The generator's longest credential fingerprint must never reach a report (shorter ones could occur by chance).
    assertThat(TextReport.render(report)).endsWith("\n").doesNotContain(EvidenceGenerator.LONG_SECRET);
    assertThat(JsonReport.render(report)).endsWith("\n").doesNotContain(EvidenceGenerator.LONG_SECRET);
    List<Interpreter.Result> interpreted = Interpreter.validate(model, JSON.readTree(bytes), Optional.empty());
    for (int i = 0; i < verdicts.size(); i++) {
      assertThat(interpreted.get(i).outcome()).as("outcome of %s", verdicts.get(i).requirement().id())
          .isEqualTo(verdicts.get(i).outcome());
      assertThat(interpreted.get(i).findings()).isEqualTo(verdicts.get(i).findings());
    }
  }
}
