package dev.kijun.compiler.mapping.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Converse: set semantics, involution, and its interplay with composition and named relationships. */
class InverseTest {
  private static final List<Set<Integer>> SETS = SetOracle.nonEmptySubsets(4);

  @Test
  void xRyExactlyWhenYInverseRx() {
    for (Relation r : Relation.all()) {
      Relation inv = RelationAlgebra.inverse(r);
      for (Set<Integer> x : SETS) {
        for (Set<Integer> y : SETS) {
          assertThat(inv.contains(SetOracle.classify(y, x)))
              .as("%s vs %s, r = %s", x, y, r)
              .isEqualTo(r.contains(SetOracle.classify(x, y)));
        }
      }
    }
  }

  @Test
  void inverseIsAnInvolution() {
    for (Relation r : Relation.all()) {
      assertThat(r.inverse().inverse()).isEqualTo(r);
    }
    for (BaseRelation b : BaseRelation.values()) {
      assertThat(b.inverse().inverse()).isEqualTo(b);
    }
  }

  @Test
  void inverseSwapsOnlyProperPartAndItsConverse() {
    assertThat(BaseRelation.PP.inverse()).isEqualTo(BaseRelation.PPI);
    assertThat(BaseRelation.PPI.inverse()).isEqualTo(BaseRelation.PP);
    assertThat(List.of(BaseRelation.EQ, BaseRelation.PO, BaseRelation.DR))
        .allSatisfy(b -> assertThat(b.inverse()).isEqualTo(b));
  }

  @Test
  void inverseOfCompositionIsReversedCompositionOfInverses() {
    for (Relation r : Relation.all()) {
      for (Relation s : Relation.all()) {
        assertThat(RelationAlgebra.compose(r, s).inverse())
            .as("(%s ∘ %s)⁻¹", r, s)
            .isEqualTo(RelationAlgebra.compose(s.inverse(), r.inverse()));
      }
    }
  }

  @Test
  void namedInverseAgreesWithSetInverseAndKeepsTheWordingFlag() {
    for (Relationship r : Relationship.values()) {
      assertThat(r.inverse().relation()).isEqualTo(r.relation().inverse());
      assertThat(r.inverse().sameWording()).isEqualTo(r.sameWording());
      assertThat(r.inverse().inverse()).isEqualTo(r);
    }
    assertThat(Relationship.SUBSET_OF.inverse()).isEqualTo(Relationship.SUPERSET_OF);
  }

  @Test
  void mappingsWrittenBothWaysAreCheckedForInverseConsistency() {
    for (Relationship forward : Relationship.values()) {
      for (Relationship backward : Relationship.values()) {
        boolean expected = backward.base() == forward.inverse().base();
        assertThat(RelationAlgebra.inverseConsistent(forward.relation(), backward.relation()))
            .as("%s / %s", forward, backward)
            .isEqualTo(expected);
      }
    }
    assertThat(RelationAlgebra.inverseConsistent(Relationship.SUBSET_OF.relation(),
        Relationship.SUBSET_OF.relation())).isFalse();
    assertThat(RelationAlgebra.inverseConsistent(Relation.of(BaseRelation.PP, BaseRelation.PO),
        Relation.of(BaseRelation.PO))).isTrue();
  }
}
