package dev.kijun.compiler.mapping.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value types: {@link Relation}, {@link BaseRelation}, {@link Relationship}, {@link CompositionResult}. */
class RelationTest {

  @Test
  void thereAreThirtyTwoRelationsAndMasksAreValidated() {
    assertThat(Relation.all()).hasSize(32).doesNotHaveDuplicates();
    assertThat(Relation.all().get(0)).isEqualTo(Relation.EMPTY);
    assertThat(Relation.all().get(31)).isEqualTo(Relation.UNIVERSAL);
    assertThatThrownBy(() -> new Relation(32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Relation(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void basesRoundTrip() {
    for (Relation r : Relation.all()) {
      assertThat(Relation.of(r.bases())).isEqualTo(r);
      assertThat(r.size()).isEqualTo(r.bases().size());
      assertThat(r.isDetermined()).isEqualTo(r.size() == 1);
      assertThat(r.single().isPresent()).isEqualTo(r.isDetermined());
    }
    assertThat(Relation.of(BaseRelation.PO).single()).isEqualTo(Optional.of(BaseRelation.PO));
  }

  @Test
  void describeNamesOneRelationshipListsSeveralAndAdmitsIgnorance() {
    assertThat(Relation.of(BaseRelation.PP).describe()).isEqualTo("subset-of");
    assertThat(Relation.of(BaseRelation.EQ).describe()).isEqualTo("equal");
    assertThat(Relation.of(BaseRelation.PPI, BaseRelation.PO).describe())
        .isEqualTo("one of {superset-of, intersects-with}");
    assertThat(Relation.UNIVERSAL.describe()).isEqualTo("undetermined");
    assertThat(Relation.EMPTY.describe()).isEqualTo("inconsistent");
    assertThat(Relation.of(BaseRelation.EQ, BaseRelation.PPI).toString()).isEqualTo("{EQ, PPi}");
  }

  @Test
  void baseRelationsAreUndefinedForEmptySets() {
    assertThatThrownBy(() -> BaseRelation.between(Set.of(), Set.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseRelation.between(Set.of(1), Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void relationshipKeywordsAndSemantics() {
    for (Relationship r : Relationship.values()) {
      assertThat(Relationship.fromKeyword(r.keyword())).contains(r);
      assertThat(r.relation().isDetermined()).isTrue();
      assertThat(Relationship.of(r.base(), r.sameWording())).isEqualTo(r);
    }
    assertThat(Relationship.fromKeyword("equal-to")).isEmpty();
    assertThat(Relationship.EQUAL.relation()).isEqualTo(Relationship.EQUIVALENT.relation());
    assertThat(Relationship.SUBSET_OF.relation()).isEqualTo(Relation.of(BaseRelation.PP));
    assertThat(Relationship.of(BaseRelation.DR, true)).isEqualTo(Relationship.NO_RELATIONSHIP);
  }

  @Test
  void resultsClassifyEveryRelation() {
    for (Relation r : Relation.all()) {
      CompositionResult result = CompositionResult.of(r, false);
      assertThat(result.relation()).isEqualTo(r);
      assertThat(result.isDetermined()).isEqualTo(r.isDetermined());
      if (r.isEmpty()) {
        assertThat(result).isInstanceOf(CompositionResult.Inconsistent.class);
      } else if (r.isDetermined()) {
        assertThat(result).isInstanceOf(CompositionResult.Determined.class);
      } else {
        assertThat(result).isInstanceOf(CompositionResult.Undetermined.class);
        assertThat(result.describe()).startsWith("undetermined: ");
      }
    }
    assertThat(CompositionResult.of(Relation.of(BaseRelation.EQ), true).describe()).isEqualTo("equal");
    assertThat(CompositionResult.of(Relation.of(BaseRelation.EQ), false).describe()).isEqualTo("equivalent");
    assertThat(CompositionResult.of(Relation.of(BaseRelation.PP, BaseRelation.PO), false).describe())
        .isEqualTo("undetermined: subset-of or intersects-with");
    assertThatThrownBy(() -> new CompositionResult.Undetermined(Relation.of(BaseRelation.PP)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
