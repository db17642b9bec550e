package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.syntax.NestingGuard;
import dev.kijun.compiler.testing.TestSources;
import dev.kijun.compiler.model.Program;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deep expressions never reach a stack overflow: beyond {@link NestingGuard#MAX_DEPTH} they give {@code TOO_DEEP}
 * at the token that went too deep, and just within it they compile all the way to Java, docs and exports.
 */
class DeepNestingTest {
  private static String requirement(String body) {
    return "edition \"demo@1\";\nrequirement \"1\" {\n  title ja \"深\" en \"Deep\"\n  level mandatory\n  audience medical-institution\n"
        + "  status verified\n  source \"https://example.org/demo\"\n"
        + "  summary ja \"深い\"\n  summary en \"Deep.\"\n  check automated \"deep\" { " + body + " }\n}\n";
  }

  private static String parens(int n) {
    return "(".repeat(n) + "inspectedOn <= asOf" + ")".repeat(n);
  }

  private static String ands(int n) {
    return "inspectedOn <= asOf" + " and inspectedOn <= asOf".repeat(n);
  }

  private static String nots(int n) {
    return "not ".repeat(n) + "inspectedOn <= asOf";
  }

  private static String foralls(int n) {
    return "forall d in devices: ".repeat(n) + "d.kind == SERVER";
  }

  private static List<IntFunction<String>> shapes() {
    return List.of(DeepNestingTest::parens, DeepNestingTest::ands, DeepNestingTest::nots, DeepNestingTest::foralls);
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {NestingGuard.MAX_DEPTH + 1, 1_200, 2_000, 5_000, 50_000})
  void tooDeepIsADiagnosticWithAPosition(int depth) {
    for (IntFunction<String> shape : shapes()) {
      long start = System.nanoTime();
      CompilationResult result = TestSources.compileWithPrelude(requirement(shape.apply(depth)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.TOO_DEEP);
      Diagnostic d = result.diagnostics().get(0);
      assertThat(d.span().file().path()).isEqualTo("test.kijun");
      assertThat(d.span().line()).isEqualTo(10);
      assertThat(millis).as("time at depth %d", depth).isLessThan(5_000);
    }
  }

  @Test
  void justWithinTheLimitCompilesToEveryOutput(@TempDir Path dir) throws IOException {
    // The requirement's braces and the check's braces take two levels; a little margin for the rest.
    int depth = NestingGuard.MAX_DEPTH - 4;
    for (IntFunction<String> shape : shapes()) {
      CompilationResult result = TestSources.compileWithPrelude(requirement(shape.apply(depth)));
      assertThat(result.diagnostics()).as(shape.apply(3)).isEmpty();
      Program program = result.program().orElseThrow();
      assertThat(Outputs.all(program)).isNotEmpty();
      InMemoryJavac.compile(Outputs.java(program), dir.resolve(Integer.toString(shape.apply(1).length())));
    }
  }
}
