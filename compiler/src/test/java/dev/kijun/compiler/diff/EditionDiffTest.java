package dev.kijun.compiler.diff;

import static dev.kijun.compiler.diff.ChangeKind.MERGED;
import static dev.kijun.compiler.diff.ChangeKind.MOVED;
import static dev.kijun.compiler.diff.ChangeKind.NEW;
import static dev.kijun.compiler.diff.ChangeKind.RENUMBERED;
import static dev.kijun.compiler.diff.ChangeKind.REWORDED;
import static dev.kijun.compiler.diff.ChangeKind.SPLIT;
import static dev.kijun.compiler.diff.ChangeKind.STRENGTHENED;
import static dev.kijun.compiler.diff.ChangeKind.SUMMARY_EDITED;
import static dev.kijun.compiler.diff.ChangeKind.CHECK_CHANGED;
import static dev.kijun.compiler.diff.ChangeKind.NOT_READ;
import static dev.kijun.compiler.diff.ChangeKind.PRESUMED_NEW;
import static dev.kijun.compiler.diff.ChangeKind.WEAKENED;
import static dev.kijun.compiler.diff.ChangeKind.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classification rules of {@link EditionDiff}, one test per rule, on the inline fixtures of {@link DiffFixtures}. */
class EditionDiffTest {
  static EditionChanges forward() {
    Program p = DiffFixtures.program();
    return EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow());
  }

  static ClauseChange pair(EditionChanges c, String from, String to) {
    List<ClauseChange> found = c.changes().stream().filter(x -> x.from().map(f -> f.ref().clause().equals(from)).orElse(false)
        && x.to().map(t -> t.ref().clause().equals(to)).orElse(false)).toList();
    assertThat(found).as("%s → %s", from, to).hasSize(1);
    return found.get(0);
  }

  @Test
  void anEqualPairWithSameIdPlaceAndWordsIsUnchanged() {
    ClauseChange c = pair(forward(), "1.1.1", "1.1.1");
    assertThat(c.unchanged()).isTrue();
    assertThat(c.relationship()).contains(Relationship.EQUAL);
    assertThat(c.note()).isEqualTo("unchanged");
  }

  @Test
  void recommendedToMandatoryAndSubsetOfAndReviewToAutomatedStrengthen() {
    ClauseChange c = pair(forward(), "1.1.2", "3.1.1");
    assertThat(c.kinds()).containsExactly(RENUMBERED, MOVED, STRENGTHENED);
    assertThat(c.evidence(STRENGTHENED)).containsExactly("level recommended → mandatory",
        "3.1.1 asks for more than 1.1.2 (subset-of)", "question/review replaced by an automated check");
    assertThat(c.evidence(MOVED)).containsExactly("section 1.1 「アルファ」 → section 3.1 「ガンマ」");
    assertThat(c.evidence(RENUMBERED)).containsExactly("id 1.1.2 → 3.1.1");
    assertThat(c.confidence()).hasValueSatisfying(k -> assertThat(k.keyword()).isEqualTo("medium"));
    assertThat(c.note()).isEqualTo("recommended, now mandatory and automated");
  }

  @Test
  void aShrunkAllowedValueListStrengthensEvenUnderEqual() {
    ClauseChange c = pair(forward(), "1.1.3", "1.1.3");
    assertThat(c.kinds()).containsExactly(STRENGTHENED);
    assertThat(c.evidence(STRENGTHENED)).containsExactly("fewer allowed values of `Item.vs`: [A, B, C] → [A, B]");
  }

  @Test
  void oneSourceWithSeveralTargetsIsSplitAndOnlyTheOneInAnotherSectionMoved() {
    EditionChanges all = forward();
    ClauseChange first = pair(all, "1.1.4", "1.1.5");
    ClauseChange second = pair(all, "1.1.4", "3.1.2");
    assertThat(first.kinds()).containsExactly(RENUMBERED, SPLIT, WEAKENED, SUMMARY_EDITED);
    assertThat(first.evidence(SPLIT)).containsExactly("the mapping says split-into", "1.1.4 → 1.1.5, 3.1.2");
    assertThat(second.kinds()).containsExactly(RENUMBERED, MOVED, SPLIT, WEAKENED, SUMMARY_EDITED);
    assertThat(second.evidence(MOVED)).containsExactly("the mapping says moved",
        "section 1.1 「アルファ」 → section 3.1 「ガンマ」");
  }

  @Test
  void severalSourcesOfOneTargetAreMergedAndARenumberedSectionWithTheSameTitleIsNoMove() {
    ClauseChange c = pair(forward(), "1.2.2", "2.1.1");
    assertThat(c.kinds()).containsExactly(RENUMBERED, MERGED, STRENGTHENED, SUMMARY_EDITED);
    assertThat(c.evidence(MERGED)).containsExactly("the mapping says merged-from", "2.1.1 ← 1.2.1, 1.2.2");
  }

  @Test
  void equivalentWithOurSummaryEditedIsSummaryEditedNotReworded() {
    ClauseChange c = pair(forward(), "1.2.3", "2.1.3");
    assertThat(c.kinds()).containsExactly(RENUMBERED, SUMMARY_EDITED);
    assertThat(c.evidence(RENUMBERED)).containsExactly("the mapping says renumbered", "id 1.2.3 → 2.1.3");
    assertThat(c.evidence(SUMMARY_EDITED)).containsExactly("our summary (en) was edited", "our summary (ja) was edited");
  }

  @Test
  void mandatoryToRecommendedSupersetOfAndAutomatedToReviewWeaken() {
    ClauseChange c = pair(forward(), "1.2.5", "2.1.5");
    assertThat(c.kinds()).containsExactly(RENUMBERED, WEAKENED);
    assertThat(c.evidence(WEAKENED)).containsExactly("level mandatory → recommended",
        "2.1.5 asks for less than 1.2.5 (superset-of)", "automated check replaced by question/review");
  }

  @Test
  void intersectsWithIsNeitherStrongerNorWeaker() {
    ClauseChange c = pair(forward(), "1.2.6", "2.1.6");
    assertThat(c.kinds()).containsExactly(RENUMBERED);
  }

  @Test
  void withdrawnAndNewCarryTheirReasonInEditionOrder() {
    EditionChanges all = forward();
    List<String> labels = all.changes().stream().map(ClauseChange::label).toList();
    assertThat(labels).containsExactly("1.1.1 → 1.1.1", "1.1.2 → 3.1.1", "1.1.3 → 1.1.3", "1.1.4 → 1.1.5",
        "1.1.4 → 3.1.2", "1.2.1 → 2.1.1", "1.2.2 → 2.1.1", "1.2.3 → 2.1.3", "1.2.4 (withdrawn)", "1.2.5 → 2.1.5",
        "1.2.6 → 2.1.6", "3.1.9 (new)");
    ClauseChange gone = all.involving("1.2.4").get(0);
    assertThat(gone.kinds()).containsExactly(WITHDRAWN);
    assertThat(gone.note()).isEqualTo("no longer asked");
    ClauseChange added = all.involving("3.1.9").get(0);
    assertThat(added.kinds()).containsExactly(NEW);
    assertThat(added.note()).isEqualTo("added in 2");
    assertThat(all.counts().get(STRENGTHENED)).isEqualTo(4);
    assertThat(all.unchangedCount()).isEqualTo(1);
  }

  @Test
  void changedSummariesAreSummaryEditedNeverReworded() {
    Program p = DiffFixtures.compile(DiffFixtures.E1,
        DiffFixtures.E2.replace("summary ja \"same\" summary en \"same\"", "summary ja \"same\" summary en \"other\""),
        DiffFixtures.MAP12);
    ClauseChange c = pair(EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow()), "1.1.1", "1.1.1");
    assertThat(c.kinds()).containsExactly(SUMMARY_EDITED);
    assertThat(c.evidence(SUMMARY_EDITED)).containsExactly("our summary (en) was edited");
  }

  @Test
  void rewordedOnlyWhereTheMappingLineSaysSoCitingItsSource() {
    Program p = DiffFixtures.compile(DiffFixtures.E1, DiffFixtures.E2,
        DiffFixtures.MAP12.replace("{ ours renumbered rationale \"same content\" }",
            "{ official doc \"9298\" page \"7\" renumbered reworded rationale \"same content\" }"));
    ClauseChange c = pair(EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow()), "1.2.3", "2.1.3");
    assertThat(c.kinds()).containsExactly(RENUMBERED, REWORDED, SUMMARY_EDITED);
    assertThat(c.evidence(REWORDED)).containsExactly(
        "the mapping line says the official wording changed (official: doc 9298 p. 7)");
    assertThat(forward().counts().get(REWORDED)).as("no mapping line of the fixture says reworded").isZero();
  }

  @Test
  void aBoundMovedFrom90To30DaysIsStrengthenedNotReworded() {
    String before = "check automated \"x\" { forall i in items: i.d >= asOf - 90 days }";
    String after = "check automated \"x\" { forall j in items: j.d >= asOf - 30 days }";
    Program p = DiffFixtures.compile(DiffFixtures.E1.replace(
        DiffFixtures.req("1.1.1", "mandatory", "same", DiffFixtures.QUESTION),
        DiffFixtures.req("1.1.1", "mandatory", "same", before)),
        DiffFixtures.E2.replace(DiffFixtures.req("1.1.1", "mandatory", "same", DiffFixtures.QUESTION),
            DiffFixtures.req("1.1.1", "mandatory", "same", after)), DiffFixtures.MAP12);
    EditionChanges forward = EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow());
    ClauseChange c = pair(forward, "1.1.1", "1.1.1");
    assertThat(c.kinds()).containsExactly(STRENGTHENED);
    assertThat(c.evidence(STRENGTHENED)).containsExactly(
        "tighter bound: `Item.d` >= asOf - 90 days → >= asOf - 30 days");
    Mappings.Found back = Mappings.find(p, "doc@2", "doc@1").orElseThrow();
    assertThat(pair(EditionDiff.diff(p, back.mapping(), back.basis()), "1.1.1", "1.1.1").kinds())
        .containsExactly(WEAKENED);
  }

  @Test
  void automatedChecksRewrittenWithoutADirectionAreCheckChanged() {
    Program p = DiffFixtures.compile(DiffFixtures.E1, DiffFixtures.E2.replace(
        "i.vs subset of [A, B] }", "i.vs subset of [A, B, C] and count(k in items where k.v == A) == 0 }"),
        DiffFixtures.MAP12);
    ClauseChange c = pair(EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow()), "1.1.3", "1.1.3");
    assertThat(c.kinds()).containsExactly(CHECK_CHANGED);
  }

  @Test
  void stubsAreNotReadNeverRewordedNewOrWeakened() {
    String stub = "    requirement \"%s\" { status unknown \"not read\" source \"u\" }\n";
    Program p = DiffFixtures.compile(DiffFixtures.E1, DiffFixtures.E2
        .replaceAll("    requirement \"2\\.1\\.3\".*\n", String.format(stub, "2.1.3"))
        .replaceAll("    requirement \"3\\.1\\.9\".*\n", String.format(stub, "3.1.9")),
        DiffFixtures.MAP12.replace("{ ours renumbered rationale", "{ ours renumbered reworded rationale"));
    EditionChanges all = EditionDiff.diff(p, p.mapping("doc@1", "doc@2").orElseThrow());
    ClauseChange c = pair(all, "1.2.3", "2.1.3");
    assertThat(c.kinds()).containsExactly(RENUMBERED, NOT_READ);
    assertThat(c.evidence(NOT_READ)).containsExactly(
        "doc@2/2.1.3 is a stub: its text was not read, so wording and checks are not compared",
        "the mapping says reworded: presumed, not confirmed");
    ClauseChange added = all.involving("3.1.9").get(0);
    assertThat(added.kinds()).containsExactly(PRESUMED_NEW);
    assertThat(added.evidence(PRESUMED_NEW)).contains("presumed: 3.1.9 is a stub, its text was not read");
  }

  @Test
  void theInverseMappingIsUsedWhenOnlyTheReverseExistsAndFlipsEveryRule() {
    Program p = DiffFixtures.program();
    Mappings.Found found = Mappings.find(p, "doc@2", "doc@1").orElseThrow();
    assertThat(found.inverted()).isTrue();
    assertThat(found.basis()).isEqualTo("inverse of mapping doc@1 -> doc@2");
    EditionChanges back = EditionDiff.diff(p, found.mapping(), found.basis());
    assertThat(pair(back, "3.1.1", "1.1.2").kinds()).containsExactly(RENUMBERED, MOVED, WEAKENED);
    assertThat(pair(back, "1.1.3", "1.1.3").evidence(WEAKENED))
        .containsExactly("more allowed values of `Item.vs`: [A, B] → [A, B, C]");
    assertThat(pair(back, "2.1.1", "1.2.1").kinds()).containsExactly(RENUMBERED, SPLIT, WEAKENED, SUMMARY_EDITED);
    assertThat(pair(back, "3.1.2", "1.1.4").kinds()).contains(MERGED, STRENGTHENED);
    assertThat(back.involving("3.1.9").get(0).kinds()).containsExactly(WITHDRAWN);
    assertThat(back.involving("1.2.4").get(0).kinds()).containsExactly(NEW);
    assertThat(Mappings.find(p, "doc@1", "doc@2").orElseThrow().inverted()).isFalse();
  }

  @Test
  void noMappingBetweenTheEditionsIsEmptyAndAnUnknownEditionIsRejected() {
    Program p = DiffFixtures.compile(DiffFixtures.E1, DiffFixtures.E2);
    assertThat(Mappings.find(p, "doc@1", "doc@2")).isEmpty();
    Program full = DiffFixtures.program();
    dev.kijun.compiler.model.Mapping m = full.mapping("doc@1", "doc@2").orElseThrow();
    assertThatThrownBy(() -> EditionDiff.diff(p.mapping("doc@1", "doc@2").isPresent() ? p : new Program(p.schemas(),
        List.of(p.editions().get(0))), m)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc@2");
  }
}
