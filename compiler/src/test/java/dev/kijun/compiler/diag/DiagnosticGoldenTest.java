package dev.kijun.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.runtime.testing.Golden;
import dev.kijun.compiler.testing.TestSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for rendered diagnostics: {@code src/test/resources/diagnostics/<case>/input/*.kijun} compiled
 * together must render exactly as {@code expected.txt}. Run with {@code -Dgolden.update=true} to rewrite them.
 */
class DiagnosticGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/diagnostics");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("input"))).map(d -> d.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsExpected(String name) {
    Path dir = ROOT.resolve(name);
    CompilationResult result = KijunCompiler.compile(TestSources.read(dir.resolve("input")));
    assertThat(result.diagnostics()).as("a diagnostics case must produce diagnostics").isNotEmpty();
    Golden.assertMatches(dir.resolve("expected.txt"), DiagnosticRenderer.render(result.diagnostics()));
  }
}
