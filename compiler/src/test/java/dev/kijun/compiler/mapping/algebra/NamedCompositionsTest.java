package dev.kijun.compiler.mapping.algebra;

import static dev.kijun.compiler.mapping.algebra.Relationship.EQUAL;
import static dev.kijun.compiler.mapping.algebra.Relationship.EQUIVALENT;
import static dev.kijun.compiler.mapping.algebra.Relationship.INTERSECTS_WITH;
import static dev.kijun.compiler.mapping.algebra.Relationship.NO_RELATIONSHIP;
import static dev.kijun.compiler.mapping.algebra.Relationship.SUBSET_OF;
import static dev.kijun.compiler.mapping.algebra.Relationship.SUPERSET_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readable examples of chains of named relationships, as users see them. */
class NamedCompositionsTest {

  @Test
  void subsetOfSubsetIsSubset() {
    CompositionResult r = RelationAlgebra.compose(SUBSET_OF, SUBSET_OF);
    assertThat(r).isEqualTo(new CompositionResult.Determined(SUBSET_OF));
    assertThat(r.describe()).isEqualTo("subset-of");
  }

  @Test
  void equalOnEitherSideIsTheIdentity() {
    for (Relationship r : Relationship.values()) {
      Relationship expected = r == EQUAL ? EQUAL : r;
      assertThat(RelationAlgebra.compose(EQUAL, r)).isEqualTo(new CompositionResult.Determined(expected));
      assertThat(RelationAlgebra.compose(r, EQUAL)).isEqualTo(new CompositionResult.Determined(expected));
    }
  }

  @Test
  void identicalWordingSurvivesOnlyAChainOfEquals() {
    assertThat(RelationAlgebra.chain(List.of(EQUAL, EQUAL, EQUAL)).describe()).isEqualTo("equal");
    assertThat(RelationAlgebra.compose(EQUAL, EQUIVALENT).describe()).isEqualTo("equivalent");
    assertThat(RelationAlgebra.compose(EQUIVALENT, EQUAL).describe()).isEqualTo("equivalent");
  }

  /** Both clauses contain the middle one, so they share it: everything but no-relationship. */
  @Test
  void supersetThenSubsetIsUndeterminedAmongFour() {
    CompositionResult r = RelationAlgebra.compose(SUPERSET_OF, SUBSET_OF);
    assertThat(r.isDetermined()).isFalse();
    assertThat(r.relation())
        .isEqualTo(Relation.of(BaseRelation.EQ, BaseRelation.PP, BaseRelation.PPI, BaseRelation.PO));
    assertThat(r.describe()).isEqualTo("undetermined: equal, subset-of, superset-of or intersects-with");
  }

  /** Two proper parts of one clause may also be disjoint: nothing at all is determined. */
  @Test
  void subsetThenSupersetIsFullyUndetermined() {
    CompositionResult r = RelationAlgebra.compose(SUBSET_OF, SUPERSET_OF);
    assertThat(r.relation()).isEqualTo(Relation.UNIVERSAL);
    assertThat(r.describe()).isEqualTo(
        "undetermined: any relationship (equal, subset-of, superset-of, intersects-with or no-relationship)");
  }

  @Test
  void noRelationshipTwiceAllowsAnything() {
    assertThat(RelationAlgebra.compose(NO_RELATIONSHIP, NO_RELATIONSHIP).relation()).isEqualTo(Relation.UNIVERSAL);
  }

  @Test
  void subsetOfSomethingDisjointIsDisjoint() {
    assertThat(RelationAlgebra.compose(SUBSET_OF, NO_RELATIONSHIP).describe()).isEqualTo("no-relationship");
  }

  @Test
  void threeEditionChain() {
    // 5.2 → 6.0 equivalent, 6.0 → 7.0 subset-of, 7.0 → 8.0 subset-of.
    assertThat(RelationAlgebra.chain(List.of(EQUIVALENT, SUBSET_OF, SUBSET_OF)).describe()).isEqualTo("subset-of");
    assertThat(RelationAlgebra.chain(List.of(SUBSET_OF, INTERSECTS_WITH, SUPERSET_OF)).relation())
        .isEqualTo(Relation.UNIVERSAL);
  }

  @Test
  void twoDerivationsCanDetermineWhatNeitherDoesAlone() {
    // A ⊋ B ⊊ C leaves four candidates; A ⊊ D ⊊ C pins it down.
    CompositionResult viaB = RelationAlgebra.compose(SUPERSET_OF, SUBSET_OF);
    CompositionResult viaD = RelationAlgebra.compose(SUBSET_OF, SUBSET_OF);
    assertThat(viaB.and(viaD)).isEqualTo(new CompositionResult.Determined(SUBSET_OF));
  }

  @Test
  void directMappingIsCheckedAgainstTheChain() {
    CompositionResult chain = RelationAlgebra.compose(SUPERSET_OF, SUBSET_OF);
    assertThat(chain.admits(INTERSECTS_WITH)).isTrue();
    assertThat(chain.admits(EQUAL)).isTrue();
    assertThat(chain.admits(NO_RELATIONSHIP)).isFalse();
    CompositionResult direct = CompositionResult.of(NO_RELATIONSHIP.relation(), false);
    CompositionResult both = chain.and(direct);
    assertThat(both).isInstanceOf(CompositionResult.Inconsistent.class);
    assertThat(both.describe()).isEqualTo("inconsistent: no relationship satisfies every derivation");
  }

  @Test
  void identicalWordingFromEitherDerivationIsKept() {
    CompositionResult equalChain = RelationAlgebra.compose(EQUAL, EQUAL);
    CompositionResult other = RelationAlgebra.compose(SUPERSET_OF, SUBSET_OF);
    assertThat(other.and(equalChain).describe()).isEqualTo("equal");
    assertThat(other.and(RelationAlgebra.compose(EQUIVALENT, EQUAL)).describe()).isEqualTo("equivalent");
  }

  @Test
  void emptyChainIsRejected() {
    assertThatThrownBy(() -> RelationAlgebra.chain(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
