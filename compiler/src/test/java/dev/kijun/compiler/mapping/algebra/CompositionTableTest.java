package dev.kijun.compiler.mapping.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The production table against brute-force set semantics, and the argument that four elements are enough. */
class CompositionTableTest {
  private static final Relation[][] ORACLE_4 = SetOracle.table(4);

  static Stream<Arguments> basePairs() {
    List<Arguments> out = new ArrayList<>();
    for (BaseRelation a : BaseRelation.values()) {
      for (BaseRelation b : BaseRelation.values()) {
        out.add(Arguments.of(a, b));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} ∘ {1}")
  @MethodSource("basePairs")
  void productionEntryEqualsBruteForce(BaseRelation a, BaseRelation b) {
    assertThat(CompositionTable.of(a, b)).isEqualTo(ORACLE_4[a.ordinal()][b.ordinal()]);
  }

  @Test
  void universeOfFiveAddsNoEntry() {
    assertThat(SetOracle.table(5)).isDeepEqualTo(ORACLE_4);
  }

  @Test
  void universeOfThreeIsTooSmall() {
    Relation[][] three = SetOracle.table(3);
    for (BaseRelation a : BaseRelation.values()) {
      for (BaseRelation b : BaseRelation.values()) {
        assertThat(three[a.ordinal()][b.ordinal()].isSubsetOf(ORACLE_4[a.ordinal()][b.ordinal()])).isTrue();
      }
    }
    // X PO Y, Y PO Z, X DR Z needs four Venn regions: X only, X∩Y only, Y∩Z only, Z only.
    assertThat(three[BaseRelation.PO.ordinal()][BaseRelation.PO.ordinal()].contains(BaseRelation.DR)).isFalse();
  }

  /**
   * The lemma behind {@link CompositionTable#UNIVERSE}. Three sets are characterised, up to renaming elements, by
   * which of their seven Venn regions are non-empty, and one element per region realises a pattern; so the 127
   * patterns give every realisable (X–Y, Y–Z, X–Z) triple over any universe. Each such triple is realised by some
   * pattern with at most four regions, hence within four elements; and some triple needs four.
   */
  @Test
  void fourVennRegionsRealiseEveryConfigurationAndSomeNeedFour() {
    Map<List<BaseRelation>, Integer> fewestRegions = new HashMap<>();
    for (int pattern = 1; pattern < 128; pattern++) {
      List<BaseRelation> rels = relations(pattern);
      if (rels != null) {
        fewestRegions.merge(rels, Integer.bitCount(pattern), Math::min);
      }
    }
    assertThat(fewestRegions.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4));
    assertThat(fewestRegions.get(List.of(BaseRelation.PO, BaseRelation.PO, BaseRelation.DR))).isEqualTo(4);
    // Every realisable triple is a composition-table witness, and vice versa.
    Relation[][] fromRegions = new Relation[5][5];
    for (Relation[] row : fromRegions) {
      Arrays.fill(row, Relation.EMPTY);
    }
    fewestRegions.keySet().forEach(t -> fromRegions[t.get(0).ordinal()][t.get(1).ordinal()] =
        fromRegions[t.get(0).ordinal()][t.get(1).ordinal()].union(Relation.of(t.get(2))));
    assertThat(fromRegions).isDeepEqualTo(ORACLE_4);
  }

  /** Regions are numbered 1..7 by membership bits (1 = X, 2 = Y, 4 = Z); null if some set is empty. */
  private static List<BaseRelation> relations(int pattern) {
    List<Set<Integer>> sets = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
    for (int region = 1; region <= 7; region++) {
      if ((pattern & (1 << (region - 1))) != 0) {
        for (int s = 0; s < 3; s++) {
          if ((region & (1 << s)) != 0) {
            sets.get(s).add(region);
          }
        }
      }
    }
    if (sets.stream().anyMatch(Set::isEmpty)) {
      return null;
    }
    return List.of(SetOracle.classify(sets.get(0), sets.get(1)), SetOracle.classify(sets.get(1), sets.get(2)),
        SetOracle.classify(sets.get(0), sets.get(2)));
  }

  @Test
  void bitMaskAndSetClassifiersAgreeWithTheOracle() {
    List<Set<Integer>> sets = SetOracle.nonEmptySubsets(4);
    for (int i = 0; i < sets.size(); i++) {
      for (int j = 0; j < sets.size(); j++) {
        BaseRelation expected = SetOracle.classify(sets.get(i), sets.get(j));
        assertThat(CompositionTable.classify(i + 1, j + 1)).isEqualTo(expected);
        assertThat(BaseRelation.between(sets.get(i), sets.get(j))).isEqualTo(expected);
      }
    }
  }

  @Test
  void rendersAsDocumented() {
    assertThat(CompositionTable.render()).isEqualTo(String.join("\n",
        "X–Y \\ Y–Z | EQ   | PP               | PPi              | PO               | DR",
        "----------+------+------------------+------------------+------------------+-----------------",
        "EQ        | EQ   | PP               | PPi              | PO               | DR",
        "PP        | PP   | PP               | any              | PP, PO, DR       | DR",
        "PPi       | PPi  | EQ, PP, PPi, PO  | PPi              | PPi, PO          | PPi, PO, DR",
        "PO        | PO   | PP, PO           | PPi, PO, DR      | any              | PPi, PO, DR",
        "DR        | DR   | PP, PO, DR       | DR               | PP, PO, DR       | any",
        ""));
  }

  @Test
  void rejectsUniverseSizesOutOfRange() {
    assertThatThrownBy(() -> CompositionTable.derive(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompositionTable.derive(9)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bitMaskDerivationMatchesOracleAtFive() {
    int[][] five = CompositionTable.derive(5);
    for (BaseRelation a : BaseRelation.values()) {
      for (BaseRelation b : BaseRelation.values()) {
        assertThat(new Relation(five[a.ordinal()][b.ordinal()])).isEqualTo(CompositionTable.of(a, b));
      }
    }
  }
}
