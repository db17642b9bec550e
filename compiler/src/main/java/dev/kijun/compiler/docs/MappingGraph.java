package dev.kijun.compiler.docs;

import java.util.List;
import java.util.Objects;

/**
 * The editions of a program and the compiled mappings between them, as the front page draws them: one row per
 * document, editions in program order, one arrow per mapping linking to its page of changes.
 *
 * @param nodes the editions, in program order
 * @param edges the mappings, in program order
 */
record MappingGraph(List<Node> nodes, List<Edge> edges) {
  MappingGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An edition: its key, document (the row it is drawn in), a second line of text, and its index page. */
  record Node(String key, String document, String detail, String href) {
    Node {
      Objects.requireNonNull(key, "key is null");
      Objects.requireNonNull(document, "document is null");
      Objects.requireNonNull(detail, "detail is null");
      Objects.requireNonNull(href, "href is null");
    }
  }

  /** A mapping from one edition key to another, a short label, and its page of changes. */
  record Edge(String from, String to, String label, String href) {
    Edge {
      Objects.requireNonNull(from, "from is null");
      Objects.requireNonNull(to, "to is null");
      Objects.requireNonNull(label, "label is null");
      Objects.requireNonNull(href, "href is null");
    }
  }
}
