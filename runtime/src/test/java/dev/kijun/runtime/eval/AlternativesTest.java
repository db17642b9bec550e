package dev.kijun.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.fixtures.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The failing alternatives of an {@code or} are listed as one observation that says they are alternatives. */
class AlternativesTest {
  private static final Observation MIN13 = fail("systems[0].passwordPolicy.minLength", "6", ">= 13");
  private static final Observation MIN8 = fail("systems[0].passwordPolicy.minLength", "6", ">= 8");
  private static final Observation EXPIRES = fail("systems[0].passwordPolicy.expires", "false", "true");
  private static final Observation TWO_FACTOR = fail("systems[0].twoFactor", "none", "== all-users");
  private static final Observation WAIVER = new Observation(Kind.FAILED, "waivers", "", "", "",
      "an unexpired waiver `twoFactorDeferred` for `sys-emr`");

  private static Observation fail(String path, String value, String expected) {
    return new Observation(Kind.FAILED, path, "InformationSystem", "sys-emr", value, expected);
  }

  private static Observation only(List<Observation> listed) {
    assertThat(listed).hasSize(1);
    return listed.get(0);
  }

  @Test
  void alternativesOnOnePathKeepItsPathAndValue() {
    Observation o = only(Alternatives.either(List.of(MIN13), List.of(MIN8)));
    assertThat(o.alternatives()).containsExactly(List.of(MIN13), List.of(MIN8));
    assertThat(o.describe()).isEqualTo("information system `sys-emr` (`systems[0].passwordPolicy.minLength`) is 6, "
        + "expected >= 13 or >= 8");
    assertThat(o.paths()).containsExactly("systems[0].passwordPolicy.minLength");
  }

  @Test
  void alternativesOnSeveralPathsAreNamedFromTheirCommonPathWithEachValueOnce() {
    Observation o = only(Alternatives.either(List.of(MIN13), List.of(MIN8, EXPIRES)));
    assertThat(o.path()).isEqualTo("systems[0].passwordPolicy");
    assertThat(o.value()).isEmpty();
    assertThat(o.describe()).isEqualTo("information system `sys-emr` (`systems[0].passwordPolicy`), expected one of: "
        + "minLength >= 13 (is 6); minLength >= 8 and expires: true (is false)");
    assertThat(o.paths()).containsExactly("systems[0].passwordPolicy.minLength", "systems[0].passwordPolicy.expires");
  }

  @Test
  void eachAlternativeInWordsForAReportThatListsThem() {
    Observation o = only(Alternatives.either(Alternatives.either(List.of(MIN13), List.of(MIN8, EXPIRES)),
        List.of(WAIVER)));
    assertThat(Alternatives.each(o)).containsExactly("minLength >= 13 (is 6)", "minLength >= 8 and expires: true (is false)",
        "an unexpired waiver `twoFactorDeferred` for `sys-emr`");
    assertThat(o.expected()).isEqualTo("one of: " + String.join("; ", Alternatives.each(o)));
    // One path and one value: the expectation is already a short phrase, nothing to list.
    assertThat(Alternatives.each(only(Alternatives.either(List.of(MIN13), List.of(MIN8))))).isEmpty();
    assertThat(Alternatives.each(MIN13)).isEmpty();
  }

  @Test
  void aChainOfOrListsEveryAlternativeHoweverItIsBracketed() {
    List<Observation> left = Alternatives.either(Alternatives.either(List.of(EXPIRES), List.of(MIN13)),
        List.of(TWO_FACTOR));
    List<Observation> right = Alternatives.either(List.of(EXPIRES),
        Alternatives.either(List.of(MIN13), List.of(TWO_FACTOR)));
    assertThat(left).isEqualTo(right);
    assertThat(only(left).alternatives()).containsExactly(List.of(EXPIRES), List.of(MIN13), List.of(TWO_FACTOR));
    assertThat(only(left).expected()).isEqualTo("one of: passwordPolicy.expires: true (is false); "
        + "passwordPolicy.minLength >= 13 (is 6); twoFactor == all-users (is none)");
  }

  @Test
  void anOrFailedInsideAnAlternativesAndIsBracketed() {
    List<Observation> inner = Alternatives.either(List.of(EXPIRES), List.of(TWO_FACTOR));
    List<Observation> second = new java.util.ArrayList<>(List.of(MIN8));
    second.addAll(inner);
    Observation o = only(Alternatives.either(List.of(MIN13), second));
    assertThat(o.alternatives()).hasSize(2);
    assertThat(o.expected()).isEqualTo("one of: passwordPolicy.minLength >= 13 (is 6); passwordPolicy.minLength >= 8"
        + " and (passwordPolicy.expires: true (is false) or twoFactor == all-users (is none))");
    assertThat(o.paths()).containsExactly("systems[0].passwordPolicy.minLength", "systems[0].passwordPolicy.expires",
        "systems[0].twoFactor");
  }

  @Test
  void aSideWithoutFailuresOrASingleDistinctAlternativeLeavesTheFailuresAsTheyAre() {
    assertThat(Alternatives.either(List.of(), List.of(MIN8, EXPIRES))).containsExactly(MIN8, EXPIRES);
    assertThat(Alternatives.either(List.of(MIN8), List.of())).containsExactly(MIN8);
    assertThat(Alternatives.either(List.of(MIN8, EXPIRES), List.of(MIN8, EXPIRES))).containsExactly(MIN8, EXPIRES);
    Observation o = only(Alternatives.either(List.of(MIN13), List.of(MIN8, MIN13, MIN8)));
    assertThat(o.alternatives()).as("repeated failures once").containsExactly(List.of(MIN13), List.of(MIN8, MIN13));
  }

  @Test
  void aWaiverComesLastAndLeavesThePathToTheFacts() {
    Observation o = only(Alternatives.either(List.of(WAIVER), List.of(TWO_FACTOR)));
    assertThat(o.alternatives()).containsExactly(List.of(TWO_FACTOR), List.of(WAIVER));
    assertThat(o.describe()).isEqualTo("information system `sys-emr` (`systems[0].twoFactor`) is none, expected "
        + "== all-users or an unexpired waiver `twoFactorDeferred` for `sys-emr`");
    assertThat(o.paths()).containsExactly("systems[0].twoFactor", "waivers");
  }

  @Test
  void alternativesOfSeveralElementsShareOnlyTheirCommonPath() {
    Observation d1 = new Observation(Kind.FAILED, "devices[1].kind", "Device", "pc-1", "server", "== router");
    Observation d10 = new Observation(Kind.FAILED, "devices[10].kind", "Device", "pc-10", "server", "== router");
    Observation o = only(Alternatives.either(List.of(d1), List.of(d10)));
    assertThat(o.path()).as("not devices[1").isEqualTo("devices");
    assertThat(o.subject()).isEmpty();
    assertThat(o.describe()).isEqualTo("`devices`, expected one of: [1].kind == router (is server); "
        + "[10].kind == router (is server)");
    Observation flag = new Observation(Kind.FAILED, "network.segmented", "", "", "false", "true");
    assertThat(only(Alternatives.either(List.of(d1), List.of(flag))).describe()).as("a root value has no element")
        .isEqualTo("device `pc-1`, expected one of: devices[1].kind == router (is server); network.segmented: true "
            + "(is false)");
    assertThat(only(Alternatives.either(List.of(d1), List.of(TWO_FACTOR))).describe()).isEqualTo("expected one of: "
        + "devices[1].kind == router (is server); systems[0].twoFactor == all-users (is none)");
  }

  @Test
  void aDotInsideBracketsDoesNotEndAPathSegment() {
    Observation answer = new Observation(Kind.FAILED, "answers[\"a@1/2.8\"].answer", "", "", "no", "== yes");
    Observation other = new Observation(Kind.FAILED, "answers[\"a@1/2.9\"].answer", "", "", "no", "== yes");
    assertThat(only(Alternatives.either(List.of(answer), List.of(other))).path()).isEqualTo("answers");
  }

  @Test
  void aSecretNeverGetsAValue() {
    Observation secret = new Observation(Kind.FAILED, "devices[0].adminCredential.fingerprint", "Device", "pc-1", "",
        "a value no other element has");
    Observation kind = new Observation(Kind.FAILED, "devices[0].kind", "Device", "pc-1", "server", "== router");
    assertThat(only(Alternatives.either(List.of(secret), List.of(kind))).expected()).isEqualTo("one of: "
        + "adminCredential.fingerprint: a value no other element has; kind == router (is server)");
  }

  @Test
  void onlyAFailureOfTwoOrMoreAlternativesCarriesThem() {
    assertThatThrownBy(() -> new Observation(Kind.MISSING, "x", "", "", "", "", List.of(List.of(MIN8), List.of(MIN13))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Observation(Kind.FAILED, "x", "", "", "", "", List.of(List.of(MIN8))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEvaluationPutsTheGroupWhereTheFirstFailureWasAndKeepsMissingValues() {
    Evaluation ev = new Evaluation(new Assessment<>(new Facility("f", Audience.MEDICAL_INSTITUTION),
        LocalDate.of(2026, 11, 1), new Facts(1, null, List.of(), List.of()), Map.of(), Map.of(), List.of()),
        ClauseRef.parse("t@1/1"), false);
    ev.missing("", "", "\"YYYY-MM-DD\"", "before");
    int from = ev.mark();
    ev.fail("InformationSystem", "sys-emr", 6L, ">= ", 13L, "systems[0].passwordPolicy.minLength");
    ev.missing("InformationSystem", "sys-emr", "0", "systems[0].passwordPolicy.maxAgeDays");
    int mid = ev.mark();
    ev.fail("InformationSystem", "sys-emr", 6L, ">= ", 8L, "systems[0].passwordPolicy.minLength");
    ev.fail("InformationSystem", "sys-emr", false, "", true, "systems[0].passwordPolicy.expires");
    ev.either(from, mid);
    assertThat(ev.observations()).extracting(Observation::kind).containsExactly(Kind.MISSING, Kind.FAILED,
        Kind.MISSING);
    assertThat(ev.observations().get(1)).isEqualTo(only(Alternatives.either(List.of(MIN13),
        List.of(MIN8, EXPIRES))));
    assertThat(ev.observations().get(2).path()).isEqualTo("systems[0].passwordPolicy.maxAgeDays");
  }
}
