package dev.kijun.runtime.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML page: UTF-8, the shared inline {@linkplain Stylesheet stylesheet}, an optional navigation
 * bar, the body, an optional footer and an optional inline script. No external resources. The markup is also
 * well-formed XML (void elements self-closed), so tests can check pages with an XML parser. Every kijun page is
 * finished here: site pages, diff pages and the HTML report.
 */
public final class HtmlPage {
  /** A link of the navigation bar; {@code current} marks the page being shown. */
  public record NavLink(String href, String label, boolean current) {
    public NavLink {
      Objects.requireNonNull(href, "href is null");
      Objects.requireNonNull(label, "label is null");
    }
  }

  private final String title;
  private final List<NavLink> nav = new ArrayList<>();
  private String brandHref = "";
  private String footerHtml = "";
  private String script = "";

  private HtmlPage(String title) {
    this.title = Objects.requireNonNull(title, "title is null");
  }

  /** A page titled {@code title} (plain text, escaped here). */
  public static HtmlPage titled(String title) {
    return new HtmlPage(title);
  }

  /** Adds a navigation bar: the kijun name linking to {@code brandHref}, then {@code links}. */
  public HtmlPage nav(String brandHref, List<NavLink> links) {
    this.brandHref = Objects.requireNonNull(brandHref, "brandHref is null");
    nav.addAll(links);
    return this;
  }

  /** Sets the footer, already rendered as HTML (escape its text with {@link Html#escape}). */
  public HtmlPage footer(String html) {
    this.footerHtml = Objects.requireNonNull(html, "html is null");
    return this;
  }

  /**
   * Sets an inline script. It must contain neither {@code <} nor {@code &} nor {@code ]]>}, so that the page stays
   * well-formed XML without a CDATA section; data it reads belongs in a {@code <script type="application/json">}
   * element of the body, escaped the same way.
   */
  public HtmlPage script(String js) {
    if (js.contains("<") || js.contains("&")) {
      throw new IllegalArgumentException("inline script must not contain `<` or `&`");
    }
    this.script = js;
    return this;
  }

  /** The page around {@code bodyHtml} (already rendered HTML), ending in a newline. */
  public String render(String bodyHtml) {
    StringBuilder page = new StringBuilder(bodyHtml.length() + Stylesheet.CSS.length() + 512);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(Stylesheet.CSS).append("\n</style>\n</head>\n<body>\n");
    if (!brandHref.isEmpty() || !nav.isEmpty()) {
      page.append("<nav class=\"site\">");
      if (!brandHref.isEmpty()) {
        page.append("<a class=\"brand\" href=\"").append(Html.escape(brandHref)).append("\">kijun</a>");
      }
      for (NavLink l : nav) {
        page.append("<a href=\"").append(Html.escape(l.href())).append('"')
            .append(l.current() ? " aria-current=\"page\"" : "").append('>').append(Html.escape(l.label()))
            .append("</a>");
      }
      page.append("</nav>\n");
    }
    page.append("<main>\n").append(bodyHtml).append("</main>\n");
    if (!footerHtml.isEmpty()) {
      page.append("<footer><p>").append(footerHtml).append("</p></footer>\n");
    }
    if (!script.isEmpty()) {
      page.append("<script>\n").append(script).append("\n</script>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }
}
