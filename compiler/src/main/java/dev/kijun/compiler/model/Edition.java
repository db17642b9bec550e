package dev.kijun.compiler.model;

import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resolved edition: document metadata, the schema its checks read, its structure tree, and every requirement in
 * source order.
 */
public record Edition(String document, String edition, DocumentInfo info, Schema schema, List<StructureNode> structure,
    List<Requirement> requirements, List<Constant> constants, List<String> sourceFiles) {
  public Edition {
    structure = List.copyOf(structure);
    requirements = List.copyOf(requirements);
    constants = List.copyOf(constants);
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** {@code document@edition}. */
  public String key() {
    return document + "@" + edition;
  }

  /** The requirement with the given clause id. */
  public Optional<Requirement> requirement(String clause) {
    return requirements.stream().filter(r -> r.id().clause().equals(clause)).findFirst();
  }

  /** Every structure node, depth first. */
  public List<StructureNode> allNodes() {
    List<StructureNode> out = new ArrayList<>();
    for (StructureNode n : structure) {
      collect(n, out);
    }
    return out;
  }

  private static void collect(StructureNode n, List<StructureNode> out) {
    out.add(n);
    for (StructureNode c : n.children()) {
      collect(c, out);
    }
  }

  /** True when {@code ref} names a requirement or a structure node of this edition. */
  public boolean declares(ClauseRef ref) {
    if (!ref.editionKey().equals(key())) {
      return false;
    }
    return requirement(ref.clause()).isPresent() || allNodes().stream().anyMatch(n -> n.path().equals(ref.clause()));
  }
}
