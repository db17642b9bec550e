package dev.kijun.compiler.mapping.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RelationAlgebra#compose(Relation, Relation)} against set semantics for all 32 × 32 general relations and
 * every triple of non-empty subsets of a 4-element universe.
 */
class SoundnessCompletenessTest {
  private static final BaseRelation[][] REL = SetOracle.pairwise(SetOracle.nonEmptySubsets(4));

  static Stream<Relation> relations() {
    return Relation.all().stream();
  }

  /** For one {@code r} and every {@code s}: what the triples show equals what composition claims. */
  @ParameterizedTest(name = "r = {0}")
  @MethodSource("relations")
  void composeIsSoundAndComplete(Relation r) {
    int k = REL.length;
    List<Relation> all = Relation.all();
    int[] observed = new int[all.size()];
    for (int x = 0; x < k; x++) {
      for (int y = 0; y < k; y++) {
        if (!r.contains(REL[x][y])) {
          continue;
        }
        for (int z = 0; z < k; z++) {
          for (Relation s : all) {
            if (s.contains(REL[y][z])) {
              observed[s.mask()] |= 1 << REL[x][z].ordinal();
            }
          }
        }
      }
    }
    for (Relation s : all) {
      Relation claimed = RelationAlgebra.compose(r, s);
      Relation seen = new Relation(observed[s.mask()]);
      assertThat(seen.isSubsetOf(claimed)).as("sound: %s ∘ %s = %s but saw %s", r, s, claimed, seen).isTrue();
      assertThat(claimed.isSubsetOf(seen)).as("complete: %s ∘ %s = %s but saw %s", r, s, claimed, seen).isTrue();
    }
  }

  /** Relations between arbitrary sets, not only those two compositions produce. */
  @ParameterizedTest(name = "r = {0}")
  @MethodSource("relations")
  void membershipMatchesTheOracleForEveryPair(Relation r) {
    List<Set<Integer>> sets = SetOracle.nonEmptySubsets(4);
    for (Set<Integer> x : sets) {
      for (Set<Integer> y : sets) {
        assertThat(r.contains(BaseRelation.between(x, y))).isEqualTo(r.bases().contains(SetOracle.classify(x, y)));
      }
    }
  }
}
