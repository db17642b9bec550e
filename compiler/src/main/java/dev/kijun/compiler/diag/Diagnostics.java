package dev.kijun.compiler.diag;

import dev.kijun.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics across stages. A child collector made with {@link #in} adds a context line ("in
 * requirement 6.11.C.11") to everything reported through it.
 */
public final class Diagnostics {
  private final List<Diagnostic> sink;
  private final Optional<String> context;

  /** A new, empty collector. */
  public Diagnostics() {
    this(new ArrayList<>(), Optional.empty());
  }

  private Diagnostics(List<Diagnostic> sink, Optional<String> context) {
    this.sink = sink;
    this.context = context;
  }

  /** A collector that shares this one's list and adds {@code where} as context. */
  public Diagnostics in(String where) {
    return new Diagnostics(sink, Optional.of(where));
  }

  /** Reports a diagnostic. */
  public void report(Diagnostic d) {
    sink.add(context.map(d::withContext).orElse(d));
  }

  /** Reports an error. */
  public void error(Code code, Span span, String message) {
    report(Diagnostic.error(code, span, message));
  }

  /** Reports an error with a hint ({@code null} for none). */
  public void error(Code code, Span span, String message, String help) {
    Diagnostic d = Diagnostic.error(code, span, message);
    report(help == null ? d : d.withHelp(help));
  }

  /** Reports a warning with an optional hint (null for none). */
  public void warning(Code code, Span span, String message, String help) {
    Diagnostic d = Diagnostic.warning(code, span, message);
    report(help == null ? d : d.withHelp(help));
  }

  /** True when any error was reported. */
  public boolean hasErrors() {
    return sink.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything reported, sorted by position. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(sink);
    copy.sort(Diagnostic.BY_POSITION);
    return List.copyOf(copy);
  }
}
