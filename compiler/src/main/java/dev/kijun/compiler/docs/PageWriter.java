package dev.kijun.compiler.docs;

import java.util.List;
import java.util.Optional;

/**
 * The blocks a documentation page is made of. Page builders ({@link RequirementPage}, {@link IndexPage},
 * {@link SchemaPage}, {@link ChangesPage}, {@link FrontPage}) are written once against this interface;
 * {@link MarkdownWriter} and {@link HtmlWriter} render them. A writer is used for one page.
 */
interface PageWriter {
  /** A heading of level 1 to 4, with an optional anchor. */
  void heading(int level, Optional<String> anchor, List<Inline> content);

  /** A paragraph. */
  void paragraph(List<Inline> content);

  /** A highlighted note, used for the banner that says what these pages are and are not. */
  void notice(List<Inline> content);

  /** Labelled values, e.g. "Level: mandatory". */
  void facts(List<Fact> facts);

  /** A bullet list, possibly nested. */
  void list(List<ListItem> items);

  /** A table with a header row; cells are inline content. */
  void table(List<String> header, List<List<List<Inline>>> rows);

  /**
   * Two versions side by side, e.g. the old and the new summary of a clause: a heading over each column, and each
   * column's paragraphs.
   */
  void sideBySide(String leftHead, List<List<Inline>> left, String rightHead, List<List<Inline>> right);

  /** The drawn graph of editions and the mappings between them; Markdown lists the edges instead. */
  void graph(MappingGraph graph);

  /** A search box over {@code entries}, run in the browser; nothing in Markdown. */
  void search(List<SearchIndex.Entry> entries);

  /** A block of kijun source. */
  void code(String source);

  /** The finished page, ending in a newline. */
  String finish();

  /** One labelled value. */
  record Fact(String label, List<Inline> value) {
    public Fact {
      value = List.copyOf(value);
    }
  }
}
