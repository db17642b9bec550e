package dev.kijun.compiler.diag;

import dev.kijun.compiler.source.Span;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in kijun sources, as a value: severity, stable code, one-line message (lowercase, user text in
 * backticks), the primary span, an optional context line ("in requirement 6.11.C.11") and an optional hint.
 */
public record Diagnostic(Severity severity, Code code, String message, Span span, Optional<String> context,
    Optional<String> help) {
  /** Orders diagnostics by file, then position, then code. */
  public static final Comparator<Diagnostic> BY_POSITION = Comparator
      .comparing((Diagnostic d) -> d.span().file().path())
      .thenComparingInt(d -> d.span().start())
      .thenComparing(d -> d.code().name())
      .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity is null");
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(span, "span is null");
    Objects.requireNonNull(context, "context is null");
    Objects.requireNonNull(help, "help is null");
  }

  /** An error without context or hint. */
  public static Diagnostic error(Code code, Span span, String message) {
    return new Diagnostic(Severity.ERROR, code, message, span, Optional.empty(), Optional.empty());
  }

  /** A warning without context or hint. */
  public static Diagnostic warning(Code code, Span span, String message) {
    return new Diagnostic(Severity.WARNING, code, message, span, Optional.empty(), Optional.empty());
  }

  /** The same diagnostic with a hint. */
  public Diagnostic withHelp(String hint) {
    return new Diagnostic(severity, code, message, span, context, Optional.of(hint));
  }

  /** The same diagnostic with a context line, unless it already has one. */
  public Diagnostic withContext(String where) {
    return context.isPresent() ? this : new Diagnostic(severity, code, message, span, Optional.of(where), help);
  }

  /** True for errors. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
