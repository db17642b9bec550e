package dev.kijun.compiler.mapping.algebra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Set semantics written from the definitions with {@code java.util.Set}, independent of the bit-mask code in
 * {@link CompositionTable}: the oracle every algebra test compares against.
 */
final class SetOracle {
  private SetOracle() {}

  /** Every non-empty subset of {@code {0, …, n-1}}. */
  static List<Set<Integer>> nonEmptySubsets(int n) {
    List<Set<Integer>> out = new ArrayList<>();
    for (int m = 1; m < (1 << n); m++) {
      Set<Integer> s = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if ((m & (1 << i)) != 0) {
          s.add(i);
        }
      }
      out.add(Set.copyOf(s));
    }
    return out;
  }

  /** The RCC5 base relation between two non-empty sets, straight from the definitions. */
  static BaseRelation classify(Set<Integer> x, Set<Integer> y) {
    Set<Integer> common = new HashSet<>(x);
    common.retainAll(y);
    if (common.isEmpty()) {
      return BaseRelation.DR;
    }
    if (x.equals(y)) {
      return BaseRelation.EQ;
    }
    if (common.equals(x)) {
      return BaseRelation.PP;
    }
    if (common.equals(y)) {
      return BaseRelation.PPI;
    }
    return BaseRelation.PO;
  }

  /** {@code pairs[i][j]} is the base relation between subsets {@code i} and {@code j}. */
  static BaseRelation[][] pairwise(List<Set<Integer>> sets) {
    BaseRelation[][] out = new BaseRelation[sets.size()][sets.size()];
    for (int i = 0; i < sets.size(); i++) {
      for (int j = 0; j < sets.size(); j++) {
        out[i][j] = classify(sets.get(i), sets.get(j));
      }
    }
    return out;
  }

  /** The composition table observed over all triples of non-empty subsets of an {@code n}-element universe. */
  static Relation[][] table(int n) {
    BaseRelation[][] rel = pairwise(nonEmptySubsets(n));
    int k = rel.length;
    int size = BaseRelation.values().length;
    Relation[][] out = new Relation[size][size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        out[a][b] = Relation.EMPTY;
      }
    }
    for (int x = 0; x < k; x++) {
      for (int y = 0; y < k; y++) {
        for (int z = 0; z < k; z++) {
          int a = rel[x][y].ordinal();
          int b = rel[y][z].ordinal();
          out[a][b] = out[a][b].union(Relation.of(rel[x][z]));
        }
      }
    }
    return out;
  }
}
