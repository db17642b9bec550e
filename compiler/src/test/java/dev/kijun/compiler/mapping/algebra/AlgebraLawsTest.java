package dev.kijun.compiler.mapping.algebra;

import static dev.kijun.compiler.mapping.algebra.RelationAlgebra.compose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The relation-algebra laws of composition, checked over all 32 relations (and all 125 base triples). */
class AlgebraLawsTest {
  private static final Relation ID = Relation.of(BaseRelation.EQ);

  @Test
  void compositionOfBaseRelationsIsAssociative() {
    for (BaseRelation a : BaseRelation.values()) {
      for (BaseRelation b : BaseRelation.values()) {
        for (BaseRelation c : BaseRelation.values()) {
          Relation left = compose(CompositionTable.of(a, b), c.asRelation());
          Relation right = compose(a.asRelation(), CompositionTable.of(b, c));
          assertThat(left).as("(%s∘%s)∘%s vs %s∘(%s∘%s)", a, b, c, a, b, c).isEqualTo(right);
        }
      }
    }
  }

  @Test
  void compositionOfGeneralRelationsIsAssociative() {
    for (Relation r : Relation.all()) {
      for (Relation s : Relation.all()) {
        Relation rs = compose(r, s);
        for (Relation t : Relation.all()) {
          assertThat(compose(rs, t)).isEqualTo(compose(r, compose(s, t)));
        }
      }
    }
  }

  @Test
  void equalityIsATwoSidedIdentity() {
    for (Relation r : Relation.all()) {
      assertThat(compose(ID, r)).isEqualTo(r);
      assertThat(compose(r, ID)).isEqualTo(r);
    }
  }

  @Test
  void emptyRelationAnnihilatesAndNonEmptyCompositionsAreNonEmpty() {
    for (Relation r : Relation.all()) {
      assertThat(compose(Relation.EMPTY, r)).isEqualTo(Relation.EMPTY);
      assertThat(compose(r, Relation.EMPTY)).isEqualTo(Relation.EMPTY);
      for (Relation s : Relation.all()) {
        assertThat(compose(r, s).isEmpty()).isEqualTo(r.isEmpty() || s.isEmpty());
      }
    }
  }

  @Test
  void compositionDistributesOverUnion() {
    for (Relation r : Relation.all()) {
      for (Relation s : Relation.all()) {
        for (Relation t : Relation.all()) {
          assertThat(compose(r.union(s), t)).isEqualTo(compose(r, t).union(compose(s, t)));
          assertThat(compose(t, r.union(s))).isEqualTo(compose(t, r).union(compose(t, s)));
        }
      }
    }
  }

  /** Peircean / cycle law: the table is closed under the rotations of a triangle of three regions. */
  @Test
  void cycleLawHoldsOnBaseRelations() {
    for (BaseRelation a : BaseRelation.values()) {
      for (BaseRelation b : BaseRelation.values()) {
        for (BaseRelation c : BaseRelation.values()) {
          boolean abc = CompositionTable.of(a, b).contains(c);
          assertThat(CompositionTable.of(a.inverse(), c).contains(b)).as("%s %s %s", a, b, c).isEqualTo(abc);
          assertThat(CompositionTable.of(c, b.inverse()).contains(a)).as("%s %s %s", a, b, c).isEqualTo(abc);
        }
      }
    }
  }

  @Test
  void intersectionIsSetIntersection() {
    for (Relation r : Relation.all()) {
      for (Relation s : Relation.all()) {
        Relation both = RelationAlgebra.intersect(r, s);
        for (BaseRelation b : BaseRelation.values()) {
          assertThat(both.contains(b)).isEqualTo(r.contains(b) && s.contains(b));
        }
        assertThat(both).isEqualTo(RelationAlgebra.intersect(s, r));
      }
    }
  }
}
