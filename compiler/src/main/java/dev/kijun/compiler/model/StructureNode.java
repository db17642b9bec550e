package dev.kijun.compiler.model;

import dev.kijun.compiler.ast.Decl.StructureKind;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Status;
import java.util.List;

/**
 * A volume, chapter or section with its official number. {@code path} is the full number ({@code SYS.13},
 * {@code 6.11}); children are nested nodes and requirements in source order. {@code profiles} are the reading markers
 * in force (its own, else inherited; empty: no marker), {@code labels} those it declares for its items.
 */
public record StructureNode(StructureKind kind, String number, String path, Text2 title, Status status,
    String statusNote, List<StructureNode> children, List<Requirement> requirements, List<String> profiles,
    List<LabelDef> labels, Span span) {
  public StructureNode {
    children = List.copyOf(children);
    requirements = List.copyOf(requirements);
    profiles = List.copyOf(profiles);
    labels = List.copyOf(labels);
  }

  /** A node without markers or labels. */
  public StructureNode(StructureKind kind, String number, String path, Text2 title, Status status,
      String statusNote, List<StructureNode> children, List<Requirement> requirements, Span span) {
    this(kind, number, path, title, status, statusNote, children, requirements, List.of(), List.of(), span);
  }
}
