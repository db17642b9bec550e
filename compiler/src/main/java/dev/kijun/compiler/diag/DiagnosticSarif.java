package dev.kijun.compiler.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.report.PrettyJson;
import dev.kijun.runtime.report.Sarif;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics as a SARIF 2.1.0 log ({@code kijun check --format sarif}): one rule per diagnostic code that
 * occurs (id = the stable code, described by its purpose), one result per diagnostic with its region in the
 * {@code .kijun} file (start and end line and column) and its context and hint in the message. Deterministic.
 */
public final class DiagnosticSarif {
  private DiagnosticSarif() {}

  /** The log of {@code diagnostics}, in the order given. */
  public static String render(List<Diagnostic> diagnostics, String toolVersion) {
    Map<Code, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (Diagnostic d : diagnostics) {
      if (!ruleIndex.containsKey(d.code())) {
        ruleIndex.put(d.code(), rules.size());
        ObjectNode rule = rules.addObject();
        rule.put("id", d.code().name());
        rule.set("shortDescription", Sarif.message(d.code().purpose()));
      }
    }
    ObjectNode log = Sarif.log(toolVersion, rules);
    ArrayNode results = Sarif.run(log).putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().name());
      result.put("ruleIndex", ruleIndex.get(d.code()));
      result.put("level", d.isError() ? "error" : "warning");
      StringBuilder text = new StringBuilder(d.message());
      d.context().ifPresent(c -> text.append(" (").append(c).append(')'));
      d.help().ifPresent(h -> text.append("; help: ").append(h));
      result.set("message", Sarif.message(text.toString()));
      Span s = d.span();
      int end = Math.max(s.end(), s.start() + 1);
      // The end column is exclusive in SARIF; a span's end offset is too, so it maps directly.
      int endLine = s.file().lineOf(Math.min(end, s.file().text().length()));
      int endColumn = s.file().columnOf(Math.min(end, s.file().text().length()));
      if (end > s.file().text().length()) {
        endColumn++;
      }
      result.putArray("locations").add(Sarif.location(s.file().shown(), s.line(), s.column(), endLine, endColumn));
    }
    return PrettyJson.print(log);
  }
}
