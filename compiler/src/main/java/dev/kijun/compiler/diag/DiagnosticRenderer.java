package dev.kijun.compiler.diag;

import dev.kijun.compiler.source.Span;
import java.util.List;

/**
 * Renders diagnostics as text in the style of rustc, Catala and Cedar:
 * <pre>
 * error[UNKNOWN_EVIDENCE]: unknown evidence field `tls.minVersion`
 *   --> guidelines/x.kijun:42:15 (in requirement 6.11.C.11)
 *    |
 * 42 |   require tls.minVersion
 *    |           ^^^^^^^^^^^^^^
 *    = help: did you mean `tls.versions`?
 * </pre>
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  /** Renders every diagnostic, then a summary line. */
  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(render(d)).append('\n');
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    out.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning")).append('\n');
    return out.toString();
  }

  /** Renders one diagnostic (no trailing newline). */
  public static String render(Diagnostic d) {
    Span span = d.span();
    int line = span.line();
    String lineText = span.file().lineText(line);
    String number = Integer.toString(line);
    String gutter = " ".repeat(number.length());
    int col = span.column();
    int lineEnd = lineText.length() + 1;
    int spanEndCol = span.file().lineOf(Math.max(span.start(), span.end() - 1)) == line
        ? span.file().columnOf(Math.max(span.start(), span.end() - 1)) + 1
        : lineEnd;
    int width = Math.max(1, Math.min(spanEndCol, lineEnd) - col);
    StringBuilder sb = new StringBuilder();
    sb.append(d.severity().label()).append('[').append(d.code().name()).append("]: ").append(d.message()).append('\n');
    sb.append(gutter).append("--> ").append(span.location());
    d.context().ifPresent(c -> sb.append(" (in ").append(c).append(")"));
    sb.append('\n');
    sb.append(gutter).append(" |\n");
    sb.append(number).append(" | ").append(lineText.replace('\t', ' ')).append('\n');
    sb.append(gutter).append(" | ").append(" ".repeat(Math.max(0, col - 1))).append("^".repeat(width));
    d.help().ifPresent(h -> sb.append('\n').append(gutter).append(" = help: ").append(h));
    return sb.toString();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
