package dev.kijun.compiler.diff;

/**
 * Edition changes as a Markdown page: heading, counts, one table row per change (clause ids, relationship, classes,
 * evidence, confidence, rationale). Table cells are escaped ({@code |}, line breaks, HTML-significant characters).
 * Pure and deterministic.
 */
public final class DiffMarkdownRenderer {
  private DiffMarkdownRenderer() {}

  /** The Markdown text, ending in a newline. */
  public static String render(EditionChanges changes) {
    StringBuilder out = new StringBuilder();
    out.append("# Changes from `").append(changes.source()).append("` to `").append(changes.target()).append("`\n\n");
    out.append("Following the ").append(cell(changes.basis())).append(". ")
        .append(cell(DiffTextRenderer.summary(changes))).append(".\n\n");
    out.append("| from | to | relationship | changes | evidence | confidence | provenance | rationale |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (ClauseChange c : changes.changes()) {
      out.append("| ").append(c.from().map(f -> "`" + f.ref().clause() + "`").orElse("—"))
          .append(" | ").append(c.to().map(t -> "`" + t.ref().clause() + "`").orElse("—"))
          .append(" | ").append(c.relationship().map(r -> r.keyword()).orElse("—"))
          .append(" | ").append(cell(DiffTextRenderer.kinds(c)))
          .append(" | ").append(evidence(c))
          .append(" | ").append(c.confidence().map(k -> k.keyword()).orElse("—"))
          .append(" | ").append(c.provenance().map(p -> cell(p.describe())).orElse("—"))
          .append(" | ").append(c.note().isEmpty() ? "—" : cell(c.note()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String evidence(ClauseChange c) {
    if (c.classifications().isEmpty()) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    for (Classification cl : c.classifications()) {
      if (sb.length() > 0) {
        sb.append("<br>");
      }
      sb.append("**").append(cl.kind().keyword()).append("**: ").append(cell(String.join("; ", cl.evidence())));
    }
    return sb.toString();
  }

  /** Escapes text for one table cell. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("|", "\\|").replace("`", "\\`").replace("*", "\\*").replace("_", "\\_")
        .replace("\r", "").replace("\n", " ");
  }
}
