package dev.kijun.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import dev.kijun.runtime.fixtures.Credential;
import dev.kijun.runtime.fixtures.CredentialValidator;
import dev.kijun.runtime.fixtures.Device;
import dev.kijun.runtime.fixtures.DeviceKind;
import dev.kijun.runtime.fixtures.Endpoint;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.PatchValidator;
import dev.kijun.runtime.fixtures.TestEdition;
import dev.kijun.runtime.fixtures.Tls;
import dev.kijun.runtime.fixtures.TlsValidator;
import dev.kijun.runtime.fixtures.TlsVersion;
import dev.kijun.runtime.Secret;
import dev.kijun.runtime.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixed protocol of {@link GeneratedValidator}, driven through hand-written validators. */
class ValidatorProtocolTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  private static final Facility CLINIC = new Facility("Sakura Clinic", Audience.MEDICAL_INSTITUTION);
  private static final ClauseRef TLS = ClauseRef.parse(TlsValidator.ID);
  private static final ClauseRef QUESTION = ClauseRef.parse(TestEdition.QUESTION_ID);
  private static final ClauseRef REVIEW = ClauseRef.parse(TestEdition.REVIEW_ID);
  private static final ClauseRef CREDENTIAL = ClauseRef.parse(CredentialValidator.ID);

  private static Endpoint external(String id, TlsVersion... versions) {
    return new Endpoint(id, true, new Tls(List.of(versions)));
  }

  private static Facts endpoints(Endpoint... endpoints) {
    return new Facts(1, null, List.of(endpoints), List.of());
  }

  private static Facts devices(Device... devices) {
    return new Facts(1, null, List.of(), List.of(devices));
  }

  private static Assessment<Facts> assess(Facility facility, Facts facts, Map<ClauseRef, Answer> answers,
      Map<ClauseRef, Review> reviews, List<Waiver> waivers) {
    return new Assessment<>(facility, AS_OF, facts, answers, reviews, waivers);
  }

  private static Assessment<Facts> assess(Facts facts, Waiver... waivers) {
    return assess(CLINIC, facts, Map.of(), Map.of(), List.of(waivers));
  }

  private static Waiver tlsWaiver(String subject, LocalDate expires) {
    return new Waiver(TLS, "tls12Fallback", subject, "firmware cannot do TLS 1.3", "CIO", expires);
  }

  private static Validator<Facts> byId(String id) {
    return new TestEdition().validators().stream().filter(v -> v.info().id().toString().equals(id)).findFirst()
        .orElseThrow();
  }

  private static Finding only(Verdict v) {
    assertThat(v.findings()).hasSize(1);
    return v.findings().get(0);
  }

  @Test
  void requirementsForOtherAudiencesAreNotApplicable() {
    Assessment<Facts> pharmacy = assess(new Facility("Minato Pharmacy", Audience.PHARMACY), endpoints(),
        Map.of(), Map.of(), List.of());
    Verdict v = new TlsValidator().validate(pharmacy);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(only(v).reason()).isEqualTo("addressed to medical-institution, vendor; the facility is a pharmacy");
  }

  @Test
  void falseApplicabilityConditionIsNotApplicableWithItsBlame() {
    Verdict v = new TlsValidator().validate(assess(endpoints(new Endpoint("lan", false, new Tls(List.of())))));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(only(v).reason()).isEqualTo("its applicability condition does not hold");
    assertThat(only(v).evidencePaths()).containsExactly("endpoints");
  }

  @Test
  void holdingCheckIsSatisfied() {
    Verdict v = new TlsValidator().validate(assess(endpoints(external("portal", TlsVersion.TLS_1_3))));
    assertThat(v.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(only(v).reason()).isEqualTo(
        "holds: every external endpoint offers only TLS 1.3, or TLS 1.2 under waiver `tls12Fallback`");
    assertThat(only(v).evidencePaths()).isEmpty();
  }

  @Test
  void failingCheckBlamesTheEvidencePaths() {
    Verdict v = new TlsValidator().validate(assess(endpoints(external("portal", TlsVersion.TLS_1_3),
        new Endpoint("lan", false, new Tls(List.of(TlsVersion.TLS_1_0))),
        external("old", TlsVersion.TLS_1_1))));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(only(v).check()).isEqualTo(CheckKind.AUTOMATED);
    assertThat(only(v).reason()).startsWith("does not hold: every external endpoint");
    assertThat(only(v).evidencePaths()).containsExactly("endpoints[2].tls.versions[0]");
    assertThat(only(v).observations()).containsExactly(new Observation(Observation.Kind.FAILED,
        "endpoints[2].tls.versions[0]", "Endpoint", "old", "TLS1.1", "== TLS1.3"));
    assertThat(only(v).observations().get(0).describe())
        .isEqualTo("endpoint `old` (`endpoints[2].tls.versions[0]`) is TLS1.1, expected == TLS1.3");
  }

  @Test
  void blameIsCappedAndTheRestCounted() {
    Endpoint[] many = new Endpoint[Finding.MAX_PER_KIND + 5];
    for (int i = 0; i < many.length; i++) {
      many[i] = external("e" + i, TlsVersion.TLS_1_0);
    }
    Finding f = only(new TlsValidator().validate(assess(endpoints(many))));
    assertThat(f.evidencePaths()).hasSize(Finding.MAX_PER_KIND).startsWith("endpoints[0].tls.versions[0]");
    assertThat(f.omitted()).isEqualTo(5);
    assertThat(f.reason()).endsWith(" (5 more not listed)");
  }

  @Test
  void activeWaiverGivesWaivedAndNamesTheWaiver() {
    Verdict v = new TlsValidator().validate(assess(endpoints(external("lab", TlsVersion.TLS_1_2)),
        tlsWaiver("lab", LocalDate.of(2027, 3, 31))));
    assertThat(v.outcome()).isEqualTo(Outcome.WAIVED);
    assertThat(only(v).reason()).isEqualTo("holds only under waiver `tls12Fallback` for `lab` (approved by CIO,"
        + " expires 2027-03-31, \"firmware cannot do TLS 1.3\"): every external endpoint offers only TLS 1.3,"
        + " or TLS 1.2 under waiver `tls12Fallback`");
    assertThat(only(v).evidencePaths()).containsExactly("endpoints[0].tls.versions[0]");
  }

  @Test
  void waiverCountsOnItsExpiryDate() {
    Verdict v = new TlsValidator().validate(assess(endpoints(external("lab", TlsVersion.TLS_1_2)),
        tlsWaiver("lab", AS_OF)));
    assertThat(v.outcome()).isEqualTo(Outcome.WAIVED);
  }

  @Test
  void expiredWaiverIsNotSatisfiedAndSaysSo() {
    Verdict v = new TlsValidator().validate(assess(endpoints(external("lab", TlsVersion.TLS_1_2)),
        tlsWaiver("lab", AS_OF.minusDays(1))));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(only(v).reason()).endsWith("; waiver `tls12Fallback` for `lab` expired on 2026-10-31");
  }

  @Test
  void waiverForAnotherSubjectOrRequirementDoesNotCount() {
    Waiver otherRequirement = new Waiver(QUESTION, "tls12Fallback", "lab", "j", "CIO", AS_OF.plusDays(1));
    Verdict v = new TlsValidator().validate(assess(endpoints(external("lab", TlsVersion.TLS_1_2)),
        tlsWaiver("portal", AS_OF.plusDays(1)), otherRequirement));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(only(v).reason()).doesNotContain("waiver `tls12Fallback` for");
  }

  @Test
  void absentOptionalEvidenceIsEvidenceMissing() {
    Device unpatched = new Device("srv", DeviceKind.SERVER, null, null, List.of());
    Verdict v = new PatchValidator().validate(assess(devices(
        new Device("pc", DeviceKind.CLIENT_PC, null, null, List.of()), unpatched)));
    assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(only(v).reason()).isEqualTo("cannot be decided: every server was patched within 90 days; 1 value it"
        + " needs is not in the evidence");
    assertThat(only(v).evidencePaths()).containsExactly("devices[1].lastSecurityPatch");
  }

  @Test
  void aMissingValueNeverHidesAFailureOfAnotherElement() {
    Device unknown = new Device("srv-a", DeviceKind.SERVER, null, null, List.of());
    Device stale = new Device("srv-b", DeviceKind.SERVER, null, AS_OF.minusDays(200), List.of());
    Finding f = only(new PatchValidator().validate(assess(devices(unknown, stale))));
    assertThat(f.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(f.observations(Observation.Kind.FAILED)).extracting(Observation::describe).containsExactly(
        "device `srv-b` (`devices[1].lastSecurityPatch`) is 2026-04-15, expected >= 2026-08-03");
    assertThat(f.observations(Observation.Kind.MISSING)).extracting(Observation::path)
        .containsExactly("devices[0].lastSecurityPatch");
  }

  @Test
  void aPatchDatedAfterTheAssessmentDateIsNotEvidence() {
    Device future = new Device("srv", DeviceKind.SERVER, null, LocalDate.of(2027, 10, 1), List.of());
    Finding f = only(new PatchValidator().validate(assess(devices(future))));
    assertThat(f.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(f.observations()).containsExactly(new Observation(Observation.Kind.IMPLAUSIBLE,
        "devices[0].lastSecurityPatch", "Device", "srv", "2027-10-01", "on or before 2026-11-01"));
    assertThat(f.reason()).endsWith("; 1 date is after the assessment date");
  }

  @Test
  void anAnswerOrReviewDatedAfterTheAssessmentDateIsNotEvidence() {
    Answer late = new Answer(AnswerValue.YES, AS_OF.plusDays(1), Optional.empty(), Optional.empty());
    Finding answered = only(byId(TestEdition.QUESTION_ID).validate(
        assess(CLINIC, devices(), Map.of(QUESTION, late), Map.of(), List.of())));
    assertThat(answered.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(answered.evidencePaths()).containsExactly("answers[\"test-guideline@1.0/2.1\"].checkedOn");
    assertThat(answered.observations().get(0).value()).isEqualTo("2026-11-02");

    Review future = new Review(true, "Dr. Sato", AS_OF.plusDays(30), "");
    Finding reviewed = only(byId(TestEdition.REVIEW_ID).validate(
        assess(CLINIC, devices(), Map.of(), Map.of(REVIEW, future), List.of())));
    assertThat(reviewed.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(reviewed.evidencePaths()).containsExactly("reviews[\"test-guideline@1.0/2.2\"].reviewedOn");

    Review sameDay = new Review(true, "Dr. Sato", AS_OF, "");
    assertThat(only(byId(TestEdition.REVIEW_ID).validate(
        assess(CLINIC, devices(), Map.of(), Map.of(REVIEW, sameDay), List.of()))).outcome())
        .isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void presentEvidenceIsJudged() {
    Device stale = new Device("srv", DeviceKind.SERVER, null, AS_OF.minusDays(91), List.of());
    Device fresh = new Device("srv2", DeviceKind.SERVER, null, AS_OF.minusDays(90), List.of());
    Verdict v = new PatchValidator().validate(assess(devices(fresh, stale)));
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(only(v).evidencePaths()).containsExactly("devices[1].lastSecurityPatch");
  }

  private static Finding answered(Answer answer) {
    Map<ClauseRef, Answer> answers = answer == null ? Map.of() : Map.of(QUESTION, answer);
    return only(byId(TestEdition.QUESTION_ID).validate(assess(CLINIC, devices(), answers, Map.of(), List.of())));
  }

  private static Answer answer(AnswerValue value, LocalDate target, String document) {
    return new Answer(value, LocalDate.of(2026, 10, 20), Optional.ofNullable(target), Optional.ofNullable(document));
  }

  @Test
  void questionsFollowTheRecordedAnswer() {
    Finding yes = answered(answer(AnswerValue.YES, null, "IT台帳"));
    assertThat(yes.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(yes.reason()).isEqualTo("answered yes on 2026-10-20 (document: IT台帳)");
    assertThat(yes.evidencePaths()).containsExactly("answers[\"test-guideline@1.0/2.1\"]");

    Finding na = answered(answer(AnswerValue.NOT_APPLICABLE, null, null));
    assertThat(na.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(na.reason()).isEqualTo("answered not applicable on 2026-10-20");

    Finding planned = answered(answer(AnswerValue.NO, LocalDate.of(2027, 3, 31), null));
    assertThat(planned.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(planned.reason()).isEqualTo("answered no on 2026-10-20; target date 2027-03-31");

    Finding overdue = answered(answer(AnswerValue.NO, LocalDate.of(2026, 10, 31), null));
    assertThat(overdue.reason()).isEqualTo("answered no on 2026-10-20; target date 2026-10-31, which has passed");

    Finding noPlan = answered(answer(AnswerValue.NO, null, null));
    assertThat(noPlan.reason()).isEqualTo("answered no on 2026-10-20 with no target date");

    Finding missing = answered(null);
    assertThat(missing.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(missing.reason()).isEqualTo("no answer recorded");
  }

  @Test
  void reviewsNeedAPersonUnlessRecorded() {
    Validator<Facts> review = byId(TestEdition.REVIEW_ID);
    Finding pending = only(review.validate(assess(devices())));
    assertThat(pending.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(pending.reason()).isEqualTo("manual review: the security clauses of vendor contracts");

    Review passed = new Review(true, "Dr. Sato", LocalDate.of(2026, 10, 15), "contract §4");
    Finding done = only(review.validate(assess(CLINIC, devices(), Map.of(), Map.of(REVIEW, passed), List.of())));
    assertThat(done.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(done.reason()).isEqualTo("reviewed by Dr. Sato on 2026-10-15 (satisfied): contract §4");
    assertThat(done.evidencePaths()).containsExactly("reviews[\"test-guideline@1.0/2.2\"]");

    Review failed = new Review(false, "Dr. Sato", LocalDate.of(2026, 10, 15), "");
    Finding bad = only(review.validate(assess(CLINIC, devices(), Map.of(), Map.of(REVIEW, failed), List.of())));
    assertThat(bad.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(bad.reason()).isEqualTo("reviewed by Dr. Sato on 2026-10-15 (not satisfied)");
  }

  @Test
  void findingsOfSeveralChecksCombineByTheMostSevere() {
    Device clean = new Device("rtr", DeviceKind.NETWORK_DEVICE, new Credential(Secret.of("x"), false), null,
        List.of());
    Device defaulted = new Device("rtr", DeviceKind.NETWORK_DEVICE, new Credential(Secret.of("x"), true), null,
        List.of());
    Review passed = new Review(true, "r", AS_OF, "");

    Verdict pending = new CredentialValidator().validate(assess(devices(clean)));
    assertThat(pending.findings()).extracting(Finding::outcome)
        .containsExactly(Outcome.SATISFIED, Outcome.NEEDS_REVIEW);
    assertThat(pending.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);

    Verdict failing = new CredentialValidator().validate(
        assess(CLINIC, devices(defaulted), Map.of(), Map.of(CREDENTIAL, passed), List.of()));
    assertThat(failing.findings()).extracting(Finding::outcome)
        .containsExactly(Outcome.NOT_SATISFIED, Outcome.SATISFIED);
    assertThat(failing.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(failing.findings().get(0).evidencePaths()).containsExactly("devices[0].adminCredential.factoryDefault");

    Verdict passing = new CredentialValidator().validate(
        assess(CLINIC, devices(clean), Map.of(), Map.of(CREDENTIAL, passed), List.of()));
    assertThat(passing.outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void editionRunsEveryValidatorInSourceOrder() {
    List<String> ids = new ArrayList<>();
    for (Verdict v : new TestEdition().validateAll(assess(devices()))) {
      ids.add(v.requirement().id().toString());
    }
    assertThat(ids).containsExactly(TlsValidator.ID, PatchValidator.ID, TestEdition.QUESTION_ID,
        TestEdition.REVIEW_ID, TestEdition.PHARMACY_ID, CredentialValidator.ID);
  }
}
