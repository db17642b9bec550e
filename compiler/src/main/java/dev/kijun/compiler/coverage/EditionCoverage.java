package dev.kijun.compiler.coverage;

import dev.kijun.compiler.ast.Decl.StructureKind;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.model.Text2;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage of one edition: its totals, one group per volume, per chapter and per top-level node (a checklist's
 * sections), the stubs, and the clauses whose status is {@code recalled} or {@code inferred}.
 */
public record EditionCoverage(String key, Text2 title, Counts total, List<Group> groups, List<Clause> stubs,
    List<Clause> uncertain) {
  public EditionCoverage {
    groups = List.copyOf(groups);
    stubs = List.copyOf(stubs);
    uncertain = List.copyOf(uncertain);
  }

  /** One volume, chapter or top-level node: {@code depth} 0 for top level, 1 for a chapter in a volume. */
  public record Group(String kind, String path, Text2 title, int depth, Counts counts) {}

  /** A clause named in a list: its local id, status and status note. */
  public record Clause(String id, Status status, String note) {}

  /** The coverage of {@code edition}. */
  public static EditionCoverage of(Edition edition) {
    List<Group> groups = new ArrayList<>();
    for (StructureNode n : edition.structure()) {
      groups.add(group(n, 0));
      if (n.kind() == StructureKind.VOLUME) {
        for (StructureNode c : n.children()) {
          if (c.kind() == StructureKind.CHAPTER) {
            groups.add(group(c, 1));
          }
        }
      }
    }
    List<Clause> stubs = new ArrayList<>();
    List<Clause> uncertain = new ArrayList<>();
    for (Requirement r : edition.requirements()) {
      Clause c = new Clause(r.id().clause(), r.status(), r.statusNote());
      if (r.stub()) {
        stubs.add(c);
      } else if (r.status() == Status.RECALLED || r.status() == Status.INFERRED) {
        uncertain.add(c);
      }
    }
    return new EditionCoverage(edition.key(), edition.info().title(), Counts.of(edition.requirements()), groups,
        stubs, uncertain);
  }

  private static Group group(StructureNode n, int depth) {
    List<Requirement> inside = new ArrayList<>();
    collect(n, inside);
    return new Group(n.kind().keyword(), n.path(), n.title(), depth, Counts.of(inside));
  }

  private static void collect(StructureNode n, List<Requirement> out) {
    out.addAll(n.requirements());
    n.children().forEach(c -> collect(c, out));
  }
}
