package dev.kijun.compiler.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.report.PrettyJson;
import java.util.List;

/**
 * Renders diagnostics as one JSON document ({@code kijun check --format json}): {@code status} ({@code ok},
 * {@code errors} or {@code bad-input}), the counts, and per diagnostic its severity, stable code, message, file,
 * 1-based start and end line and column, context and hint. Problems that stopped the check before compiling (no
 * sources, unreadable paths) are listed under {@code problems}. Deterministic.
 */
public final class DiagnosticJson {
  private DiagnosticJson() {}

  /** The document of a check that compiled; {@code problems} are messages about unusable input (usually none). */
  public static String render(List<Diagnostic> diagnostics, List<String> problems) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    ObjectNode root = PrettyJson.object();
    root.put("status", !problems.isEmpty() ? "bad-input" : errors > 0 ? "errors" : "ok");
    root.put("errors", errors);
    root.put("warnings", diagnostics.size() - errors);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      Span s = d.span();
      int end = Math.min(Math.max(s.end(), s.start()), s.file().text().length());
      ObjectNode o = list.addObject();
      o.put("severity", d.severity().label());
      o.put("code", d.code().name());
      o.put("message", d.message());
      o.put("file", s.file().shown());
      o.put("line", s.line());
      o.put("column", s.column());
      o.put("endLine", s.file().lineOf(end));
      o.put("endColumn", s.file().columnOf(end));
      o.put("context", d.context().orElse(""));
      o.put("help", d.help().orElse(""));
    }
    ArrayNode p = root.putArray("problems");
    problems.forEach(m -> p.addObject().put("message", m));
    return PrettyJson.print(root);
  }
}
