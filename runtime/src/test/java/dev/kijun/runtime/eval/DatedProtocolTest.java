package dev.kijun.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Dates;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.Requirements;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dated part of {@link GeneratedValidator}'s protocol: not yet in force, superseded, a check with its own day,
 * and the transitional relief (true, false, unknown, ended), through a hand-written validator whose check and relief
 * return fixed truths.
 */
class DatedProtocolTest {
  private static final LocalDate FROM = LocalDate.of(2027, 4, 1);
  private static final LocalDate UNTIL = LocalDate.of(2028, 3, 31);
  private static final LocalDate SUPERSEDED = LocalDate.of(2029, 4, 1);
  private static final ClauseRef SUCCESSOR = ClauseRef.parse("test-guideline@2.0/9.9");
  private static final Dates DATES = new Dates(Optional.of(FROM),
      Optional.of(new Dates.Relief("until the next renewal", Optional.of(UNTIL), "nothing was renewed")),
      Optional.of(new Dates.Supersession(SUPERSEDED, SUCCESSOR)));

  /** A dated requirement whose automated check and relief give the truths it is built with. */
  static final class Dated extends GeneratedValidator<Facts> {
    private final Truth check;
    private final Truth relief;

    Dated(Dates dates, Truth check, Truth relief, CheckInfo... checks) {
      super(info(dates, checks));
      this.check = check;
      this.relief = relief;
    }

    static RequirementInfo info(Dates dates, CheckInfo... checks) {
      RequirementInfo r = Requirements.requirement("test-guideline@1.0/5.1", Level.MANDATORY,
          EnumSet.allOf(Audience.class), "Dated", 1, checks);
      return new RequirementInfo(r.id(), r.level(), r.audience(), r.targets(), r.status(), r.statusNote(),
          r.titleJa(), r.titleEn(), r.summaryJa(), r.summaryEn(), r.source(), r.cites(), r.checks(), r.definedAt(),
          r.profiles(), r.applicability(), r.waivers(), dates);
    }

    @Override
    protected Truth automated(int index, Facts facts, Evaluation ev) {
      return check;
    }

    @Override
    protected Truth relief(Facts facts, Evaluation ev) {
      if (relief == Truth.UNKNOWN) {
        ev.missing("Device", "srv", "\"YYYY-MM-DD\"", "devices[0].introducedOrUpdatedOn");
      }
      return relief;
    }
  }

  private static Verdict on(LocalDate asOf, GeneratedValidator<Facts> v) {
    Facts facts = new Facts(1, null, List.of(), List.of());
    return v.validate(new Assessment<>(new Facility("Clinic", Audience.MEDICAL_INSTITUTION), asOf, facts, Map.of(),
        Map.of(), List.of()));
  }

  private static Dated failing(Truth relief) {
    return new Dated(DATES, Truth.FALSE, relief, Requirements.automatedCheck("servers use two factors"));
  }

  @Test
  void beforeTheEffectiveDayItIsNotApplicableWithTheDate() {
    Verdict v = on(FROM.minusDays(1), failing(Truth.TRUE));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.findings()).extracting(Finding::reason)
        .containsExactly("in force from 2027-04-01; not yet on the assessment date 2027-03-31");
  }

  @Test
  void underReliefTheVerdictIsRelievedAndKeepsTheFailingCheck() {
    Verdict v = on(FROM, failing(Truth.TRUE));
    assertThat(v.outcome()).isEqualTo(Outcome.RELIEVED);
    assertThat(v.findings()).extracting(Finding::outcome).containsExactly(Outcome.RELIEVED, Outcome.NOT_SATISFIED);
    assertThat(v.findings().get(0).reason()).isEqualTo("its checks are not met, but it is under transitional relief"
        + " until the next renewal (from 2027-04-01, at the latest until 2028-03-31), and the relief's condition"
        + " holds (nothing was renewed)");
  }

  @Test
  void aReliefThatDoesNotHoldLeavesTheFailure() {
    Verdict v = on(FROM, failing(Truth.FALSE));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.findings()).extracting(Finding::outcome).containsExactly(Outcome.NOT_SATISFIED);
  }

  @Test
  void aReliefThatCannotBeDecidedIsEvidenceMissingNamingThePath() {
    Verdict v = on(FROM, failing(Truth.UNKNOWN));
    assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    Finding last = v.findings().get(v.findings().size() - 1);
    assertThat(last.reason()).contains("holds cannot be decided (nothing was renewed); 1 value it needs is not in"
        + " the evidence");
    assertThat(last.evidencePaths()).containsExactly("devices[0].introducedOrUpdatedOn");
  }

  @Test
  void aMetRequirementIsSatisfiedWhateverTheRelief() {
    assertThat(on(FROM, new Dated(DATES, Truth.TRUE, Truth.TRUE, Requirements.automatedCheck("x"))).outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void afterTheReliefsLastDayItIsNoLongerConsulted() {
    assertThat(on(UNTIL.plusDays(1), failing(Truth.TRUE)).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(on(UNTIL, failing(Truth.TRUE)).outcome()).isEqualTo(Outcome.RELIEVED);
  }

  @Test
  void fromTheSupersessionDayItIsNotApplicableNamingTheSuccessor() {
    Verdict v = on(SUPERSEDED, failing(Truth.FALSE));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.findings().get(0).reason()).isEqualTo("superseded on 2029-04-01 by test-guideline@2.0/9.9"
        + " (assessment date 2029-04-01); the successor's verdict is the one that counts");
    assertThat(on(SUPERSEDED.minusDays(1), failing(Truth.FALSE)).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void aCheckWithItsOwnDayIsNotApplicableBeforeItAndTheReliefStartsWithIt() {
    CheckInfo later = new CheckInfo(CheckKind.AUTOMATED, "servers use two factors", "…", "", "", Optional.of(FROM));
    Dated v = new Dated(new Dates(Optional.empty(), Optional.of(new Dates.Relief("r", Optional.empty(), "c")),
        Optional.empty()), Truth.FALSE, Truth.TRUE, Requirements.reviewCheck("a review in force now"), later);
    Verdict before = on(FROM.minusDays(1), v);
    assertThat(before.outcome()).as("the pending review decides; the relief has not started").isEqualTo(
        Outcome.NEEDS_REVIEW);
    assertThat(before.findings().get(1).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(before.findings().get(1).reason())
        .isEqualTo("this check is in force from 2027-04-01; not yet on the assessment date 2027-03-31");
    assertThat(on(FROM, v).outcome()).isEqualTo(Outcome.RELIEVED);
  }
}
