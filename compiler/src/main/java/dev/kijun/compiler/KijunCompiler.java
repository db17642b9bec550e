package dev.kijun.compiler;

import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.check.Check;
import dev.kijun.compiler.check.Checks;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.resolve.Resolver;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.syntax.SourceParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The front end as one call: parse every file, resolve, run the checks. It never throws for a mistake in the
 * sources: those are diagnostics. Generation is separate, so nothing is written unless the
 * whole front end succeeded.
 */
public final class KijunCompiler {
  /** Errors that a declaration in a file that failed to parse or to be read could have prevented. */
  private static final Set<Code> MAYBE_DECLARED_ELSEWHERE = EnumSet.of(Code.UNKNOWN_SCHEMA, Code.UNKNOWN_REFERENCE,
      Code.UNKNOWN_TYPE, Code.UNKNOWN_EVIDENCE, Code.UNKNOWN_NAME, Code.UNKNOWN_QUESTION, Code.UNKNOWN_WAIVER,
      Code.UNKNOWN_LABEL, Code.UNKNOWN_PROFILE, Code.UNKNOWN_FORM, Code.MISSING_DOCUMENT, Code.MISSING_ROOT,
      Code.UNMAPPED_CLAUSE, Code.AMBIGUOUS_NAME, Code.CONSTANT_NOT_LITERAL);

  private KijunCompiler() {}

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
    boolean incomplete = diagnostics.hasErrors();
    for (SourceFile source : sorted) {
      Diagnostics syntax = new Diagnostics();
      KijunFile file = SourceParser.parse(source, syntax);
      syntax.sorted().forEach(diagnostics::report);
      if (syntax.hasErrors()) {
        incomplete = true;
      } else {
        files.add(file);
      }
    }
    if (incomplete) {
      // Resolve the files that parsed, so one run shows syntax and semantic errors together; but a name may be
      // declared in a file that did not parse (or could not be read), so errors that only mean "not found" are
      // left out rather than reported as noise. Checks need the whole program and do not run.
      Diagnostics semantic = new Diagnostics();
      Resolver.resolve(files, semantic);
      semantic.sorted().stream().filter(d -> !MAYBE_DECLARED_ELSEWHERE.contains(d.code())).forEach(diagnostics::report);
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
