package dev.kijun.compiler;

import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point a Maven build calls at {@code generate-sources}: compiles a directory of kijun sources and writes
 * the generated Java and resources, and optionally the coverage file ({@code guidelines/CONTENT.md}). Diagnostics are
 * printed; any error fails the build with an exception (the build runs it inside Maven's JVM, where
 * {@code System.exit} would end Maven itself).
 */
public final class BuildMain {
  private BuildMain() {}

  /**
   * Arguments: the source directory, the base directory sources are named against, the output directory and,
   * optionally, the file to write the coverage to.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException("usage: BuildMain <sources> <base> <output> [<coverage file>]");
    }
    CompilationResult result = KijunCompiler.compile(Sources.load(List.of(Path.of(args[0])), Path.of(args[1])));
    if (!result.diagnostics().isEmpty()) {
      System.err.print(DiagnosticRenderer.render(result.diagnostics()));
    }
    if (result.hasErrors() || result.program().isEmpty()) {
      throw new IllegalStateException("kijun sources in " + args[0] + " have errors; see above");
    }
    OutputWriter.write(Path.of(args[2]), JavaGenerator.generate(result.program().get()));
    if (args.length == 4) {
      Path content = Path.of(args[3]);
      String text = Outputs.content(result.program().get()).content();
      // Rewritten only when it changed, so an unchanged build leaves the file (and its timestamp) alone.
      if (!Files.exists(content) || !Files.readString(content, StandardCharsets.UTF_8).equals(text)) {
        Files.writeString(content, text, StandardCharsets.UTF_8);
      }
    }
  }
}
