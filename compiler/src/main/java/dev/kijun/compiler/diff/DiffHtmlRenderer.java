package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Provenance;
import java.util.Map;

/**
 * Edition changes as one self-contained HTML page (inline style, no scripts, no external resources): counts per
 * class and a table with one row per change. Every text is escaped. Pure and deterministic.
 */
public final class DiffHtmlRenderer {
  private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;line-height:1.4}"
      + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;"
      + "text-align:left}th{background:#f3f3f3}code{font-family:ui-monospace,monospace}"
      + ".kind{display:inline-block;border-radius:3px;padding:0 .3em;margin:0 .2em .2em 0;background:#eef}"
      + ".strengthened{background:#fde2e1}.weakened{background:#fff3cd}.new{background:#e2f5e1}"
      + ".withdrawn{background:#eee;text-decoration:line-through}ul{margin:0;padding-left:1.2em}";

  private DiffHtmlRenderer() {}

  /** The HTML page, ending in a newline. */
  public static String render(EditionChanges changes) {
    String title = "Changes from " + changes.source() + " to " + changes.target();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(esc(title)).append("</h1>\n");
    out.append("<p>Following the ").append(esc(changes.basis())).append(". ")
        .append(esc(DiffTextRenderer.summary(changes))).append(".</p>\n");
    out.append("<ul class=\"counts\">\n");
    for (Map.Entry<ChangeKind, Integer> e : changes.counts().entrySet()) {
      out.append("<li><span class=\"kind ").append(e.getKey().keyword()).append("\">").append(e.getKey().keyword())
          .append("</span> ").append(e.getValue()).append("</li>\n");
    }
    out.append("<li>unchanged ").append(changes.unchangedCount()).append("</li>\n</ul>\n");
    out.append("<table>\n<thead><tr><th>from</th><th>to</th><th>relationship</th><th>changes</th><th>evidence</th>"
        + "<th>confidence</th><th>provenance</th><th>rationale</th></tr></thead>\n<tbody>\n");
    for (ClauseChange c : changes.changes()) {
      out.append("<tr><td>").append(side(c.from())).append("</td><td>").append(side(c.to())).append("</td><td>")
          .append(esc(c.relationship().map(r -> r.keyword()).orElse("—"))).append("</td><td>");
      if (c.unchanged()) {
        out.append("unchanged");
      }
      for (ChangeKind k : c.kinds()) {
        out.append("<span class=\"kind ").append(k.keyword()).append("\">").append(k.keyword()).append("</span>");
      }
      out.append("</td><td>");
      if (!c.classifications().isEmpty()) {
        out.append("<ul>");
        for (Classification cl : c.classifications()) {
          out.append("<li><b>").append(cl.kind().keyword()).append("</b>: ")
              .append(esc(String.join("; ", cl.evidence()))).append("</li>");
        }
        out.append("</ul>");
      }
      out.append("</td><td>").append(esc(c.confidence().map(k -> k.keyword()).orElse("—"))).append("</td><td>")
          .append(esc(c.provenance().map(Provenance::describe).orElse("—"))).append("</td><td>")
          .append(esc(c.note())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String side(java.util.Optional<ClauseInfo> info) {
    if (info.isEmpty()) {
      return "—";
    }
    ClauseInfo i = info.get();
    String title = i.title().en().isEmpty() ? i.title().ja() : i.title().en();
    return "<code>" + esc(i.ref().clause()) + "</code>" + (title.isEmpty() ? "" : "<br>" + esc(title))
        + "<br><small>" + esc(i.levelWord()) + "</small>";
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }
}
