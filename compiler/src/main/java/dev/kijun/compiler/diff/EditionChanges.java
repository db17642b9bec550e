package dev.kijun.compiler.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every clause change between two editions, in source-edition order (withdrawals in place), then the new target
 * clauses in target-edition order. {@code basis} says which mapping was followed, e.g.
 * {@code mapping mhlw-guideline@5.2 -> mhlw-guideline@6.0} or {@code inverse of mapping … }.
 */
public record EditionChanges(String source, String target, String basis, List<ClauseChange> changes) {
  public EditionChanges {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(target, "target is null");
    Objects.requireNonNull(basis, "basis is null");
    changes = List.copyOf(changes);
  }

  /** How many changes carry each class (every class present, zero included), in {@link ChangeKind} order. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      out.put(k, (int) changes.stream().filter(c -> c.is(k)).count());
    }
    return out;
  }

  /** How many mapping pairs carry no class. */
  public int unchangedCount() {
    return (int) changes.stream().filter(ClauseChange::unchanged).count();
  }

  /** The changes whose source or target has the local clause id {@code clause}. */
  public List<ClauseChange> involving(String clause) {
    return changes.stream().filter(c -> c.from().map(f -> f.ref().clause().equals(clause)).orElse(false)
        || c.to().map(t -> t.ref().clause().equals(clause)).orElse(false)).toList();
  }
}
