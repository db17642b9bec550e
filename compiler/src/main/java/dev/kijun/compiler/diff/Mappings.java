package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Finds the mapping between two editions of a program, inverting the reverse mapping when only that one exists. */
public final class Mappings {
  private Mappings() {}

  /** A mapping to follow, and in words where it came from (for reports). */
  public record Found(Mapping mapping, String basis, boolean inverted) {}

  /**
   * The mapping {@code source → target}: the compiled one if present, else the inverse of {@code target → source},
   * else empty.
   */
  public static Optional<Found> find(Program program, String source, String target) {
    Optional<Mapping> direct = program.mapping(source, target);
    if (direct.isPresent()) {
      return Optional.of(new Found(direct.get(), "mapping " + direct.get().key(), false));
    }
    return program.mapping(target, source).map(m -> new Found(inverse(m), "inverse of mapping " + m.key(), true));
  }

  /**
   * The same facts read right to left: each entry's relationship is inverted ({@code subset-of} ↔
   * {@code superset-of}), {@code split-into} ↔ {@code merged-from}, withdrawals become additions and vice versa.
   */
  public static Mapping inverse(Mapping m) {
    return new Mapping(m.target(), m.source(),
        m.entries().stream().map(e -> new Mapping.Entry(e.target(), e.relationship().inverse(), e.source(),
            invert(e.facts()), e.confidence(), e.rationale(), e.provenance(), e.span())).toList(),
        m.added().stream().map(a -> new Mapping.Withdrawal(a.clause(), a.rationale(), a.provenance(), a.span())).toList(),
        m.withdrawn().stream().map(w -> new Mapping.Addition(w.clause(), w.reason(), w.provenance(), w.span())).toList(),
        m.sourceFiles(), m.span());
  }

  private static Set<Mapping.Lifecycle> invert(Set<Mapping.Lifecycle> facts) {
    Set<Mapping.Lifecycle> out = EnumSet.noneOf(Mapping.Lifecycle.class);
    for (Mapping.Lifecycle f : facts) {
      out.add(f == Mapping.Lifecycle.SPLIT_INTO ? Mapping.Lifecycle.MERGED_FROM
          : f == Mapping.Lifecycle.MERGED_FROM ? Mapping.Lifecycle.SPLIT_INTO : f);
    }
    return out;
  }
}
