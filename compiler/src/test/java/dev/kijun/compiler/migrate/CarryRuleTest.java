package dev.kijun.compiler.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.compiler.mapping.algebra.Relationship;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every row of the truth table in {@link CarryRule}'s Javadoc, and the combination rule for merged clauses. */
class CarryRuleTest {
  @ParameterizedTest(name = "{0} × {1} → {2} {3}")
  @CsvSource({
      "EQUAL,           SATISFIED,      CARRIED,                SATISFIED",
      "EQUAL,           NOT_SATISFIED,  CARRIED,                NOT_SATISFIED",
      "EQUAL,           NOT_APPLICABLE, CARRIED,                NOT_APPLICABLE",
      "EQUAL,           OPEN,           REASSESS,               ",
      "EQUIVALENT,      SATISFIED,      CARRIED,                SATISFIED",
      "EQUIVALENT,      NOT_SATISFIED,  CARRIED,                NOT_SATISFIED",
      "EQUIVALENT,      NOT_APPLICABLE, CARRIED,                NOT_APPLICABLE",
      "EQUIVALENT,      OPEN,           REASSESS,               ",
      "SUPERSET_OF,     SATISFIED,      CARRIED,                SATISFIED",
      "SUPERSET_OF,     NOT_SATISFIED,  REASSESS,               ",
      "SUPERSET_OF,     NOT_APPLICABLE, REASSESS,               ",
      "SUPERSET_OF,     OPEN,           REASSESS,               ",
      "SUBSET_OF,       SATISFIED,      CARRIED_WITH_FOLLOW_UP, SATISFIED",
      "SUBSET_OF,       NOT_SATISFIED,  CARRIED,                NOT_SATISFIED",
      "SUBSET_OF,       NOT_APPLICABLE, REASSESS,               ",
      "SUBSET_OF,       OPEN,           REASSESS,               ",
      "INTERSECTS_WITH, SATISFIED,      REASSESS,               ",
      "INTERSECTS_WITH, NOT_SATISFIED,  REASSESS,               ",
      "INTERSECTS_WITH, NOT_APPLICABLE, REASSESS,               ",
      "INTERSECTS_WITH, OPEN,           REASSESS,               ",
      "NO_RELATIONSHIP, SATISFIED,      REASSESS,               ",
      "NO_RELATIONSHIP, NOT_SATISFIED,  REASSESS,               ",
  })
  void onePair(Relationship r, SourceResult result, Disposition disposition, SourceResult carried) {
    CarryRule.Step s = CarryRule.step(r, result);
    assertThat(s.disposition()).isEqualTo(disposition);
    assertThat(s.carried()).isEqualTo(Optional.ofNullable(carried));
    assertThat(s.reason()).isNotBlank();
  }

  static CarryRule.Step step(Relationship r, SourceResult s) {
    return CarryRule.step(r, s);
  }

  @Test
  void aCarriedFailureBeatsEverything() {
    CarryRule.Step s = CarryRule.combine(List.of(step(Relationship.SUBSET_OF, SourceResult.SATISFIED),
        step(Relationship.INTERSECTS_WITH, SourceResult.SATISFIED), step(Relationship.SUBSET_OF, SourceResult.NOT_SATISFIED)));
    assertThat(s.disposition()).isEqualTo(Disposition.CARRIED);
    assertThat(s.carried()).contains(SourceResult.NOT_SATISFIED);
    assertThat(s.reason()).startsWith("one source failed and that carries");
  }

  @Test
  void reassessBeatsFollowUpAndCarried() {
    CarryRule.Step s = CarryRule.combine(List.of(step(Relationship.EQUAL, SourceResult.SATISFIED),
        step(Relationship.SUBSET_OF, SourceResult.SATISFIED), step(Relationship.SUPERSET_OF, SourceResult.OPEN)));
    assertThat(s.disposition()).isEqualTo(Disposition.REASSESS);
    assertThat(s.carried()).isEmpty();
  }

  @Test
  void followUpBeatsCarried() {
    CarryRule.Step s = CarryRule.combine(List.of(step(Relationship.EQUAL, SourceResult.SATISFIED),
        step(Relationship.SUBSET_OF, SourceResult.SATISFIED)));
    assertThat(s.disposition()).isEqualTo(Disposition.CARRIED_WITH_FOLLOW_UP);
    assertThat(s.carried()).contains(SourceResult.SATISFIED);
  }

  @Test
  void disagreeingCarriedResultsAreReassessed() {
    CarryRule.Step s = CarryRule.combine(List.of(step(Relationship.EQUAL, SourceResult.SATISFIED),
        step(Relationship.EQUIVALENT, SourceResult.NOT_APPLICABLE)));
    assertThat(s.disposition()).isEqualTo(Disposition.REASSESS);
    assertThat(s.reason()).isEqualTo("the sources' carried results disagree");
  }

  @Test
  void oneStepIsItselfAndNoStepIsAnError() {
    CarryRule.Step only = step(Relationship.EQUAL, SourceResult.SATISFIED);
    assertThat(CarryRule.combine(List.of(only))).isSameAs(only);
    assertThatThrownBy(() -> CarryRule.combine(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
