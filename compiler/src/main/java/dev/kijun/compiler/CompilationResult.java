package dev.kijun.compiler;

import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.model.Program;
import java.util.List;
import java.util.Optional;

/** What a compilation produced: the model when there were no errors, and every diagnostic sorted by position. */
public record CompilationResult(Optional<Program> program, List<Diagnostic> diagnostics) {
  public CompilationResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
