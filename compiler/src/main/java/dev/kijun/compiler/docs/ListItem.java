package dev.kijun.compiler.docs;

import java.util.List;
import java.util.Optional;

/** An item of a (possibly nested) bullet list, with an optional anchor other pages can link to. */
record ListItem(Optional<String> anchor, List<Inline> content, List<ListItem> children) {
  ListItem {
    content = List.copyOf(content);
    children = List.copyOf(children);
  }

  /** A plain item without anchor or children. */
  static ListItem of(List<Inline> content) {
    return new ListItem(Optional.empty(), content, List.of());
  }
}
