package dev.kijun.compiler.coverage;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Provenance;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.ClauseRef;
import java.util.HashSet;
import java.util.Set;

/**
 * How much of each side of a mapping is accounted for: on the source side, requirements with at least one {@code map}
 * line, withdrawn, or neither; on the target side, requirements some {@code map} line reaches, marked new, or neither.
 * Also the number of lines by provenance.
 */
public record MappingCoverage(String source, String target, Side from, Side to, int lines, int officialLines,
    int ourLines) {
  /**
   * One side: {@code total} requirements, {@code mapped} with a map line, {@code marked} withdrawn (source side) or
   * new (target side), {@code unaccounted} with neither.
   */
  public record Side(int total, int mapped, int marked, int unaccounted) {
    /** The mapped fraction, 0 when the side has no requirement. */
    public double mappedFraction() {
      return total == 0 ? 0 : (double) mapped / total;
    }
  }

  /** {@code source -> target}. */
  public String key() {
    return source + " -> " + target;
  }

  /** The coverage of {@code m} between its compiled editions. */
  public static MappingCoverage of(Mapping m, Edition source, Edition target) {
    Set<ClauseRef> mappedFrom = new HashSet<>();
    Set<ClauseRef> mappedTo = new HashSet<>();
    int official = 0;
    for (Mapping.Entry e : m.entries()) {
      mappedFrom.add(e.source());
      mappedTo.add(e.target());
      official += e.provenance() instanceof Provenance.Official ? 1 : 0;
    }
    Set<ClauseRef> withdrawn = new HashSet<>();
    m.withdrawn().forEach(w -> withdrawn.add(w.clause()));
    Set<ClauseRef> added = new HashSet<>();
    m.added().forEach(a -> added.add(a.clause()));
    return new MappingCoverage(m.source(), m.target(), side(source, mappedFrom, withdrawn),
        side(target, mappedTo, added), m.entries().size(), official, m.entries().size() - official);
  }

  private static Side side(Edition edition, Set<ClauseRef> mapped, Set<ClauseRef> marked) {
    int total = 0;
    int m = 0;
    int k = 0;
    for (Requirement r : edition.requirements()) {
      total++;
      if (mapped.contains(r.id())) {
        m++;
      } else if (marked.contains(r.id())) {
        k++;
      }
    }
    return new Side(total, m, k, total - m - k);
  }
}
