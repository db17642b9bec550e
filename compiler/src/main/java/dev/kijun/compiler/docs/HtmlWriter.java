package dev.kijun.compiler.docs;

import java.util.List;
import java.util.Optional;

/**
 * Renders page blocks as one self-contained HTML5 page: UTF-8, one small inline style sheet, no scripts, Japanese
 * text marked {@code lang="ja"}, and every piece of source text escaped. Only relative and http(s) links are made.
 */
final class HtmlWriter implements PageWriter {
  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#222}",
      "code,pre{font-family:ui-monospace,monospace;background:#f4f4f4}",
      "pre{padding:.75rem;overflow-x:auto}",
      ".notice{border-left:4px solid #c60;background:#fff6ec;padding:.5rem 1rem}",
      "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}",
      "dt{font-weight:bold}dd{margin:0 0 .25rem 1.5rem}",
      "footer{margin-top:2rem;border-top:1px solid #ccc;font-size:.9rem}");

  private final StringBuilder body = new StringBuilder();
  private final String title;
  private final List<Inline> footer;

  HtmlWriter(String title, List<Inline> footer) {
    this.title = title;
    this.footer = List.copyOf(footer);
  }

  @Override
  public void heading(int level, Optional<String> anchor, List<Inline> content) {
    body.append("<h").append(level);
    anchor.ifPresent(a -> body.append(" id=\"").append(escape(a)).append('"'));
    body.append('>').append(inline(content)).append("</h").append(level).append(">\n");
  }

  @Override
  public void paragraph(List<Inline> content) {
    body.append("<p>").append(inline(content)).append("</p>\n");
  }

  @Override
  public void notice(List<Inline> content) {
    body.append("<p class=\"notice\">").append(inline(content)).append("</p>\n");
  }

  @Override
  public void facts(List<Fact> facts) {
    body.append("<dl>\n");
    for (Fact f : facts) {
      body.append("<dt>").append(escape(f.label())).append("</dt><dd>").append(inline(f.value())).append("</dd>\n");
    }
    body.append("</dl>\n");
  }

  @Override
  public void list(List<ListItem> items) {
    items(items);
  }

  private void items(List<ListItem> items) {
    body.append("<ul>\n");
    for (ListItem item : items) {
      body.append("<li");
      item.anchor().ifPresent(a -> body.append(" id=\"").append(escape(a)).append('"'));
      body.append('>').append(inline(item.content()));
      if (!item.children().isEmpty()) {
        body.append('\n');
        items(item.children());
      }
      body.append("</li>\n");
    }
    body.append("</ul>\n");
  }

  @Override
  public void table(List<String> header, List<List<List<Inline>>> rows) {
    body.append("<table>\n<thead><tr>");
    for (String h : header) {
      body.append("<th>").append(escape(h)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<List<Inline>> row : rows) {
      body.append("<tr>");
      for (List<Inline> cell : row) {
        body.append("<td>").append(inline(cell)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
  }

  @Override
  public void code(String source) {
    body.append("<pre><code class=\"language-kijun\">").append(escape(source.stripTrailing()))
        .append("</code></pre>\n");
  }

  @Override
  public String finish() {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n")
        .append(body).append("</main>\n");
    if (!footer.isEmpty()) {
      page.append("<footer><p>").append(inline(footer)).append("</p></footer>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }

  private static String inline(List<Inline> content) {
    StringBuilder b = new StringBuilder();
    for (Inline i : content) {
      if (i instanceof Inline.Text t) {
        b.append(escape(t.text()));
      } else if (i instanceof Inline.Ja j) {
        b.append("<span lang=\"ja\">").append(escape(j.text())).append("</span>");
      } else if (i instanceof Inline.Strong s) {
        b.append("<strong>").append(escape(s.text())).append("</strong>");
      } else if (i instanceof Inline.Code c) {
        b.append("<code>").append(escape(c.text())).append("</code>");
      } else if (i instanceof Inline.Link l) {
        b.append("<a href=\"").append(escape(l.href())).append("\">").append(inline(l.label())).append("</a>");
      }
    }
    return b.toString();
  }

  /** Escapes text for HTML content and double-quoted attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          // NUL and other control characters are not allowed in HTML text, not even as references.
          b.append(Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
