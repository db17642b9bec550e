package dev.kijun.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.testing.TestSources;
import org.junit.jupiter.api.Test;

/** The real guideline sources are the language's main user: they must compile with no diagnostic at all. */
class RealGuidelinesTest {
  @Test
  void compileWithoutErrorsOrWarnings() {
    CompilationResult result = KijunCompiler.compile(TestSources.guidelines());
    assertThat(DiagnosticRenderer.render(result.diagnostics())).isEqualTo("0 errors, 0 warnings\n");
    assertThat(result.program()).isPresent();
    assertThat(result.program().get().editions()).extracting(Edition::key)
        .contains("mhlw-checklist@R7", "mhlw-guideline@5.2", "mhlw-guideline@6.0");
    assertThat(result.program().get().editions()).allSatisfy(e -> assertThat(e.requirements()).isNotEmpty());
  }

  @Test
  void citationsBetweenEditionsAreCheckedWhenCompiledTogether() {
    // Without 6.0 (and the mappings, which need both ends), the 5.2 sources' cites of 6.0 cannot be checked: each
    // becomes a warning, never an error.
    CompilationResult result = KijunCompiler.compile(TestSources.guidelines().stream()
        .filter(f -> !f.path().startsWith("mhlw-guideline/6.0/") && !f.path().startsWith("mappings/")).toList());
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.code()).isEqualTo(dev.kijun.compiler.diag.Code.UNKNOWN_REFERENCE);
      assertThat(d.message()).contains("mhlw-guideline@6.0");
    });
  }
}
