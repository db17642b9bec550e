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

/**
 * The source paths shared by the commands that compile kijun sources, and the one way they are compiled. Without a
 * path, the guideline sources bundled with kijun are used ({@link BundledSources}), and a note on standard error says
 * so.
 */
final class SourcesOption {
  /** The help text of every command's PATH parameter. */
  static final String PATH_HELP = "kijun files or directories (searched recursively for *.kijun), e.g. "
      + "guidelines/src/main/kijun; default: the guideline sources bundled with kijun";

  @Parameters(arity = "0..*", paramLabel = "PATH", description = PATH_HELP)
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
    Optional<Sources.Loaded> sources = read(err);
    if (sources.isEmpty()) {
      return new Compiled(Optional.empty(), List.of(), Main.BAD_INPUT);
    }
    CompilationResult result = KijunCompiler.compile(sources.get());
    return new Compiled(result.hasErrors() ? Optional.empty() : Optional.of(result), result.diagnostics(),
        result.hasErrors() ? Main.FAILURES : 0);
  }

  /** The sources given, or the bundled ones without a path; empty after saying why on {@code err}. */
  private Optional<Sources.Loaded> read(PrintWriter err) {
    Sources.Loaded sources;
    try {
      if (paths == null || paths.isEmpty()) {
        sources = new Sources.Loaded(BundledSources.load(), List.of());
        if (sources.sources().isEmpty()) {
          err.println("kijun: no PATH given, and no guideline sources are bundled on the class path; give the "
              + Sources.EXTENSION + " files or directories to read");
          return Optional.empty();
        }
        err.println("kijun: no PATH given: reading the " + sources.sources().size()
            + " guideline sources bundled with kijun");
        return Optional.of(sources);
      }
      // Named relative to the source root, so generated files are the same from any working directory; shown
      // in diagnostics relative to the working directory, so a terminal can open them.
      sources = Sources.load(paths, Sources.root(paths), Path.of(""));
    } catch (IOException e) {
      err.println("kijun: cannot read " + describe(e));
      return Optional.empty();
    }
    if (sources.sources().isEmpty() && sources.problems().isEmpty()) {
      err.println("kijun: no " + Sources.EXTENSION + " files under " + paths);
      return Optional.empty();
    }
    return Optional.of(sources);
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": no such file or directory" : e.getMessage();
  }

  /** A compilation (absent on errors), its diagnostics and the exit code so far. */
  record Compiled(Optional<CompilationResult> result, List<Diagnostic> diagnostics, int exitCode) {}
}
