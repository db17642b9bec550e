package dev.kijun.compiler.docs;

import dev.kijun.runtime.html.Html;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Renders page blocks as CommonMark (with GitHub tables); every piece of source text is escaped. */
final class MarkdownWriter implements PageWriter {
  private static final Pattern LIST_MARKER_START = Pattern.compile("^(\\d+)([.)])(\\s|$)|^([-+])(\\s|$)");

  private final StringBuilder out = new StringBuilder();
  private final List<Inline> footer;

  MarkdownWriter(List<Inline> footer) {
    this.footer = List.copyOf(footer);
  }

  @Override
  public void heading(int level, Optional<String> anchor, List<Inline> content) {
    anchor.ifPresent(a -> out.append("<a id=\"").append(Html.escape(a)).append("\"></a>\n\n"));
    out.append("#".repeat(level)).append(' ').append(inline(content, false)).append("\n\n");
  }

  @Override
  public void paragraph(List<Inline> content) {
    out.append(block(inline(content, false))).append("\n\n");
  }

  @Override
  public void notice(List<Inline> content) {
    out.append("> ").append(block(inline(content, false))).append("\n\n");
  }

  @Override
  public void facts(List<Fact> facts) {
    for (Fact f : facts) {
      out.append("- **").append(escape(f.label())).append(":** ").append(inline(f.value(), false)).append('\n');
    }
    out.append('\n');
  }

  @Override
  public void list(List<ListItem> items) {
    items(items, 0);
    out.append('\n');
  }

  private void items(List<ListItem> items, int depth) {
    for (ListItem item : items) {
      out.append("  ".repeat(depth)).append("- ");
      item.anchor().ifPresent(a -> out.append("<a id=\"").append(Html.escape(a)).append("\"></a>"));
      out.append(block(inline(item.content(), false))).append('\n');
      items(item.children(), depth + 1);
    }
  }

  @Override
  public void table(List<String> header, List<List<List<Inline>>> rows) {
    out.append('|');
    for (String h : header) {
      out.append(' ').append(escape(h)).append(" |");
    }
    out.append("\n|");
    out.append(" --- |".repeat(header.size())).append('\n');
    for (List<List<Inline>> row : rows) {
      out.append('|');
      for (List<Inline> cell : row) {
        out.append(' ').append(inline(cell, true)).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  @Override
  public void sideBySide(String leftHead, List<List<Inline>> left, String rightHead, List<List<Inline>> right) {
    out.append("| ").append(escape(leftHead)).append(" | ").append(escape(rightHead)).append(" |\n| --- | --- |\n");
    out.append("| ").append(cell(left)).append(" | ").append(cell(right)).append(" |\n\n");
  }

  private static String cell(List<List<Inline>> paragraphs) {
    List<String> parts = new java.util.ArrayList<>();
    for (List<Inline> p : paragraphs) {
      parts.add(inline(p, true));
    }
    return String.join("<br>", parts);
  }

  @Override
  public void graph(MappingGraph graph) {
    List<ListItem> items = new java.util.ArrayList<>();
    for (MappingGraph.Edge e : graph.edges()) {
      items.add(ListItem.of(List.of(Inline.code(e.from()), Inline.text(" → "), Inline.code(e.to()),
          Inline.text(" ("), new Inline.Link(e.href(), List.of(Inline.text(e.label()))), Inline.text(")"))));
    }
    if (!items.isEmpty()) {
      list(items);
    }
  }

  @Override
  public void search(List<SearchIndex.Entry> entries) {
    // Markdown has no scripts: point to the HTML site, which carries the search.
    paragraph(List.of(Inline.text("The HTML version of this page searches the " + entries.size() + " clauses by id, "
        + "title and summary, in Japanese and English.")));
  }

  @Override
  public void code(String source) {
    String fence = "`".repeat(Math.max(3, longestRun(source, '`') + 1));
    out.append(fence).append("kijun\n").append(source.stripTrailing()).append('\n').append(fence).append("\n\n");
  }

  @Override
  public String finish() {
    if (!footer.isEmpty()) {
      out.append("---\n\n").append(block(inline(footer, false))).append("\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** Keeps text that happens to start like a list marker ({@code 1. }, {@code - }) from becoming a list. */
  private static String block(String text) {
    java.util.regex.Matcher m = LIST_MARKER_START.matcher(text);
    if (!m.find()) {
      return text;
    }
    int at = m.group(1) != null ? m.end(1) : 0;
    return text.substring(0, at) + "\\" + text.substring(at);
  }

  private static String inline(List<Inline> content, boolean inTable) {
    StringBuilder b = new StringBuilder();
    for (Inline i : content) {
      if (i instanceof Inline.Text t) {
        b.append(escape(t.text()));
      } else if (i instanceof Inline.Ja j) {
        b.append(escape(j.text()));
      } else if (i instanceof Inline.Strong s) {
        b.append("**").append(escape(s.text())).append("**");
      } else if (i instanceof Inline.Code c) {
        b.append(codeSpan(c.text(), inTable));
      } else if (i instanceof Inline.Removed r) {
        b.append("<del>").append(escape(r.text())).append("</del>");
      } else if (i instanceof Inline.Added a) {
        b.append("<ins>").append(escape(a.text())).append("</ins>");
      } else if (i instanceof Inline.Tag t) {
        b.append(codeSpan(t.text(), inTable));
      } else if (i instanceof Inline.Link l) {
        b.append('[').append(inline(l.label(), inTable)).append("](").append(href(l.href())).append(')');
      }
    }
    return b.toString();
  }

  /** Escapes Markdown punctuation and folds line breaks, so source text can never change the page's structure. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (c == '\n') {
        b.append(' ');
      } else if ("\\`*_[]<>#|!&~".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (Character.isISOControl(c) && c != '\t') {
        b.append('\uFFFD'); // NUL and other control characters never reach the page raw
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String codeSpan(String text, boolean inTable) {
    String t = text.replace("\r", "").replace('\n', ' ').replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "\uFFFD");
    if (inTable) {
      t = t.replace("|", "\\|");
    }
    String ticks = "`".repeat(longestRun(t, '`') + 1);
    boolean pad = t.startsWith("`") || t.endsWith("`") || (t.startsWith(" ") && t.endsWith(" ") && !t.isBlank());
    return pad ? ticks + " " + t + " " + ticks : ticks + t + ticks;
  }

  private static String href(String href) {
    StringBuilder b = new StringBuilder();
    for (char c : href.toCharArray()) {
      switch (c) {
        case ' ':
          b.append("%20");
          break;
        case '(':
          b.append("%28");
          break;
        case ')':
          b.append("%29");
          break;
        case '<':
          b.append("%3C");
          break;
        case '>':
          b.append("%3E");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  private static int longestRun(String s, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }
}
