package dev.kijun.compiler.docs;

import static dev.kijun.runtime.html.Html.escape;

import dev.kijun.runtime.html.HtmlPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders page blocks as one self-contained HTML page through the shared {@link HtmlPage} shell (one stylesheet, one
 * escaper): the site's navigation bar, Japanese text marked {@code lang="ja"}, every piece of source text escaped.
 * Only relative and http(s) links are made. The only script is the front page's search, inline.
 */
final class HtmlWriter implements PageWriter {
  private final StringBuilder body = new StringBuilder();
  private final String title;
  private final List<Inline> footer;
  private final String root;
  private String script = "";

  /**
   * A writer for a page titled {@code title}; {@code root} is the relative path from the page to the site root
   * ({@code ""} at the root, {@code "../../"} for an edition's pages), or {@code null} for a standalone page without
   * the site's navigation.
   */
  HtmlWriter(String title, List<Inline> footer, String root) {
    this.title = title;
    this.footer = List.copyOf(footer);
    this.root = root;
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
    body.append("<div class=\"scroll\"><table>\n<thead><tr>");
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
    body.append("</tbody>\n</table></div>\n");
  }

  @Override
  public void sideBySide(String leftHead, List<List<Inline>> left, String rightHead, List<List<Inline>> right) {
    body.append("<div class=\"sbs\">\n");
    column(leftHead, left);
    column(rightHead, right);
    body.append("</div>\n");
  }

  private void column(String head, List<List<Inline>> paragraphs) {
    body.append("<div><h5>").append(escape(head)).append("</h5>\n");
    for (List<Inline> p : paragraphs) {
      body.append("<p>").append(inline(p)).append("</p>\n");
    }
    body.append("</div>\n");
  }

  @Override
  public void graph(MappingGraph graph) {
    body.append("<div class=\"scroll\">\n").append(MappingGraphSvg.render(graph)).append("</div>\n");
  }

  @Override
  public void search(List<SearchIndex.Entry> entries) {
    body.append("<div id=\"search-box\">\n<p><label for=\"q\">Search clause ids, titles and summaries (日本語 / English)"
        + "</label><br/><input type=\"search\" id=\"q\" placeholder=\"e.g. TLS, 2.8, パスワード\" autocomplete=\"off\"/>"
        + "</p>\n<p id=\"search-count\" class=\"muted\"></p>\n<ul id=\"search-results\"></ul>\n")
        .append("<script type=\"application/json\" id=\"search-index\">").append(SearchIndex.json(entries))
        .append("</script>\n</div>\n");
    script = SearchIndex.SCRIPT;
  }

  @Override
  public void code(String source) {
    body.append("<pre><code class=\"language-kijun\">").append(escape(source.stripTrailing()))
        .append("</code></pre>\n");
  }

  @Override
  public String finish() {
    HtmlPage page = HtmlPage.titled(title);
    if (root != null) {
      List<HtmlPage.NavLink> nav = new ArrayList<>();
      nav.add(new HtmlPage.NavLink(root + "index.html#editions", "Editions", false));
      nav.add(new HtmlPage.NavLink(root + "index.html#changes", "What changed", false));
      nav.add(new HtmlPage.NavLink(root + "index.html#search", "Search", false));
      nav.add(new HtmlPage.NavLink(root + "coverage.html", "Coverage", false));
      page.nav(root + "index.html", nav);
    }
    if (!footer.isEmpty()) {
      page.footer(inline(footer));
    }
    if (!script.isEmpty()) {
      page.script(script);
    }
    return page.render(body.toString());
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
      } else if (i instanceof Inline.Removed r) {
        b.append("<del>").append(escape(r.text())).append("</del>");
      } else if (i instanceof Inline.Added a) {
        b.append("<ins>").append(escape(a.text())).append("</ins>");
      } else if (i instanceof Inline.Tag t) {
        b.append("<span class=\"tag ").append(escape(t.style())).append("\">").append(escape(t.text()))
            .append("</span>");
      } else if (i instanceof Inline.Link l) {
        b.append("<a href=\"").append(escape(l.href())).append("\">").append(inline(l.label())).append("</a>");
      }
    }
    return b.toString();
  }
}
