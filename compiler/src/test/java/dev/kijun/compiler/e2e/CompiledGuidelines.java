package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bundled guideline sources, compiled once per test JVM: model, generated Java, and loaded editions. */
final class CompiledGuidelines {
  static final Path GUIDELINES = Path.of("../guidelines/src/main/kijun");

  final Program program;
  final List<OutputFile> generated;
  final InMemoryJavac.Compiled compiled;
  final Map<String, Edition<?>> editions = new TreeMap<>();

  private static CompiledGuidelines instance;

  private CompiledGuidelines() throws Exception {
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(Sources.read(List.of(GUIDELINES), Path.of("..")));
    assertThat(result.diagnostics()).as("bundled sources compile cleanly").isEmpty();
    program = result.program().orElseThrow();
    generated = Outputs.java(program);
    Path work = Files.createTempDirectory("kijun-e2e");
    work.toFile().deleteOnExit();
    compiled = InMemoryJavac.compile(generated, work);
    for (Edition<?> e : Editions.discover(compiled.loader())) {
      editions.put(e.info().key(), e);
    }
  }

  static synchronized CompiledGuidelines get() throws Exception {
    if (instance == null) {
      instance = new CompiledGuidelines();
    }
    return instance;
  }
}
