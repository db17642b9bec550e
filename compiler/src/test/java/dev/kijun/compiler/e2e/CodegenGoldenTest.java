package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.testing.GoldenFiles;
import dev.kijun.runtime.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for generated Java: {@code golden/codegen/<case>/input/*.kijun} → {@code expected/**}. Every file is
 * compared in full, missing and extra files fail, and the generated code must compile warning-free.
 */
class CodegenGoldenTest {
  static final Path CASES = Golden.ROOT.resolve("codegen");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatedJavaMatchesGoldenFiles(String name, @TempDir Path work) throws Exception {
    Path dir = CASES.resolve(name);
    CompilationResult result = KijunCompiler.compile(Sources.read(List.of(dir.resolve("input")), dir));
    assertThat(result.diagnostics()).isEmpty();
    List<OutputFile> files = Outputs.java(result.program().orElseThrow());
    GoldenFiles.assertFiles("codegen/" + name, files);
    assertThat(InMemoryJavac.compile(files, work).diagnostics()).isEmpty();
  }
}
