package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the front end with Jazzer: the fuzzer's bytes are one source file (decoded as files are: a BOM dropped,
 * invalid UTF-8 a diagnostic), compiled with the shared test schema and document. Whatever the bytes, parse → resolve
 * → check gives diagnostics and never throws, the diagnostics render, and a program that passes generates every
 * output without throwing.
 *
 * <p>In {@code mvn verify} the inputs in {@code FrontEndFuzzTestInputs/frontEndNeverThrows/} (a seed corpus of kijun
 * sources and every crash found) run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see compiler/README.md).
 */
class FrontEndFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void frontEndNeverThrows(byte[] input) {
    Sources.Loaded loaded = Sources.fromBytes("fuzz.kijun", input);
    List<SourceFile> sources = new ArrayList<>(TestSources.prelude());
    sources.addAll(loaded.sources());
    CompilationResult result = KijunCompiler.compile(new Sources.Loaded(sources, loaded.problems()));
    assertThat(DiagnosticRenderer.render(result.diagnostics())).endsWith(" warnings\n");
    result.program().ifPresent(p -> assertThat(Outputs.all(p)).isNotEmpty());
  }
}
