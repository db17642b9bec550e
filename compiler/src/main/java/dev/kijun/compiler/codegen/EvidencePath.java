package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * An evidence path as known at generation time: literal pieces and the names of loop-index locals, e.g.
 * {@code "endpoints[", i0, "].tls.versions"}. Generated code joins the pieces only when it records blame.
 */
record EvidencePath(List<Object> parts) {
  /** The path of the evidence root itself (empty). */
  static final EvidencePath ROOT = new EvidencePath(List.of());

  /** A local variable that holds a list index. */
  record Index(String local) {}

  EvidencePath {
    parts = List.copyOf(parts);
  }

  static EvidencePath literal(String text) {
    return new EvidencePath(List.of(text));
  }

  EvidencePath field(String name) {
    return append(parts.isEmpty() ? name : "." + name);
  }

  EvidencePath index(String local) {
    List<Object> p = new ArrayList<>(parts);
    addText(p, "[");
    p.add(new Index(local));
    addText(p, "]");
    return new EvidencePath(p);
  }

  /** The same path with one index local renamed (used to blame the earlier duplicate in a uniqueness check). */
  EvidencePath renameIndex(String from, String to) {
    List<Object> p = new ArrayList<>();
    for (Object o : parts) {
      p.add(o instanceof Index i && i.local().equals(from) ? new Index(to) : o);
    }
    return new EvidencePath(p);
  }

  boolean isRoot() {
    return parts.isEmpty();
  }

  /** Arguments for {@code ev.blame(…)} / {@code ev.absent(…)}. */
  CodeBlock args() {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      Object o = parts.get(i);
      if (i > 0) {
        b.add(", ");
      }
      if (o instanceof Index idx) {
        b.add("$N", idx.local());
      } else {
        b.add("$S", o);
      }
    }
    return b.build();
  }

  private EvidencePath append(String text) {
    List<Object> p = new ArrayList<>(parts);
    addText(p, text);
    return new EvidencePath(p);
  }

  private static void addText(List<Object> p, String text) {
    if (!p.isEmpty() && p.get(p.size() - 1) instanceof String last) {
      p.set(p.size() - 1, last + text);
    } else {
      p.add(text);
    }
  }
}
