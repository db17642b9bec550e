package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.mapping.VerdictAgreement;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every bundled mapping, against the generated validators of both its editions, on every sample evidence file:
 * equal clauses agree and passing the stricter clause implies passing the other.
 */
class MappingAgreementTest {
  static final List<String> SAMPLES = List.of("clinic", "hospital", "hospital-waiver", "vendor");

  @Test
  void bundledMappingsAgreeWithTheValidatorsOnEverySample() throws Exception {
    GeneratedValidatorsTest.compileEverything(); // idempotent: the compiled guidelines are shared per JVM
    List<Diagnostic> problems = new ArrayList<>();
    int compared = 0;
    for (Mapping m : GeneratedValidatorsTest.program.mappings()) {
      Edition<?> source = GeneratedValidatorsTest.editions.get(m.source());
      Edition<?> target = GeneratedValidatorsTest.editions.get(m.target());
      for (String sample : SAMPLES) {
        Map<ClauseRef, Outcome> verdicts = new HashMap<>();
        for (Edition<?> e : List.of(source, target)) {
          for (Verdict v : GeneratedValidatorsTest.reportAsOf(sample, e, null).verdicts()) {
            verdicts.put(v.requirement().id(), v.outcome());
          }
        }
        problems.addAll(VerdictAgreement.check(m, verdicts, sample + ".json"));
        compared++;
      }
    }
    assertThat(DiagnosticRenderer.render(problems)).isEqualTo("0 errors, 0 warnings\n");
    assertThat(compared).as("mappings × samples compared").isEqualTo(GeneratedValidatorsTest.program.mappings().size() * SAMPLES.size());
  }
}
