package dev.kijun.cli;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** The source paths shared by check, compile and docs, and the one way they are compiled. */
final class SourcesOption {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "kijun files or directories (searched recursively for *.kijun), e.g. guidelines/src/main/kijun")
  List<Path> paths;

  /** Compiles the sources; prints diagnostics to {@code err}. Empty with an exit code when the sources are unusable. */
  Compiled compile(PrintWriter err) {
    Compiled c = compileQuietly(err);
    if (!c.diagnostics().isEmpty()) {
      err.print(DiagnosticRenderer.render(c.diagnostics()));
    }
    return c;
  }

  /**
   * Compiles the sources, leaving the diagnostics to the caller; only unreadable or absent sources are reported to
   * {@code err}.
   */
  Compiled compileQuietly(PrintWriter err) {
    Sources.Loaded sources;
    try {
      // Named relative to the source root, so generated files are the same from any working directory; shown
      // in diagnostics relative to the working directory, so a terminal can open them.
      sources = Sources.load(paths, Sources.root(paths), Path.of(""));
    } catch (IOException e) {
      err.println("kijun: cannot read " + describe(e));
      return new Compiled(Optional.empty(), List.of(), Main.BAD_INPUT);
    }
    if (sources.sources().isEmpty() && sources.problems().isEmpty()) {
      err.println("kijun: no " + Sources.EXTENSION + " files under " + paths);
      return new Compiled(Optional.empty(), List.of(), Main.BAD_INPUT);
    }
    CompilationResult result = KijunCompiler.compile(sources);
    return new Compiled(result.hasErrors() ? Optional.empty() : Optional.of(result), result.diagnostics(),
        result.hasErrors() ? Main.FAILURES : 0);
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": no such file or directory" : e.getMessage();
  }

  /** A compilation (absent on errors), its diagnostics and the exit code so far. */
  record Compiled(Optional<CompilationResult> result, List<Diagnostic> diagnostics, int exitCode) {}
}
