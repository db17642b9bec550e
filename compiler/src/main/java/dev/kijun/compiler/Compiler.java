package dev.kijun.compiler;

import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.check.Check;
import dev.kijun.compiler.check.Checks;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.resolve.Resolver;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.syntax.SourceParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The front end as one call: parse every file, resolve, run the checks. It never throws for a mistake in the
 * sources: those are diagnostics. Generation is separate, so nothing is written unless the
 * whole front end succeeded.
 */
public final class Compiler {
  private Compiler() {}

  /** Compiles the given sources together. */
  public static CompilationResult compile(List<SourceFile> sources) {
    return compile(sources, List.of());
  }

  /** Compiles what {@link Sources#load} read; the files it could not read are errors of the result. */
  public static CompilationResult compile(Sources.Loaded loaded) {
    return compile(loaded.sources(), loaded.problems());
  }

  private static CompilationResult compile(List<SourceFile> sources, List<Diagnostic> earlier) {
    Diagnostics diagnostics = new Diagnostics();
    earlier.forEach(diagnostics::report);
    List<SourceFile> sorted = new ArrayList<>(sources);
    sorted.sort(Comparator.comparing(SourceFile::path));
    List<KijunFile> files = new ArrayList<>();
    for (SourceFile source : sorted) {
      files.add(SourceParser.parse(source, diagnostics));
    }
    if (diagnostics.hasErrors()) {
      // Resolution of a tree with holes would only add noise to the syntax errors already reported.
      return new CompilationResult(Optional.empty(), diagnostics.sorted());
    }
    Program program = Resolver.resolve(files, diagnostics);
    if (!diagnostics.hasErrors()) {
      for (Check check : Checks.all()) {
        check.run(program, diagnostics);
      }
    }
    return new CompilationResult(diagnostics.hasErrors() ? Optional.empty() : Optional.of(program), diagnostics.sorted());
  }
}
