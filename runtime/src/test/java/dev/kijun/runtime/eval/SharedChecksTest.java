package dev.kijun.runtime.eval;

import static dev.kijun.runtime.fixtures.Requirements.automatedCheck;
import static dev.kijun.runtime.fixtures.Requirements.requirement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.fixtures.Device;
import dev.kijun.runtime.fixtures.DeviceKind;
import dev.kijun.runtime.fixtures.Facts;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Checks with one shared key are evaluated once per assessment and date; everything else is evaluated afresh. */
class SharedChecksTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  /** A patch check under a key, counting its evaluations; its own clause, so findings name it. */
  private static final class Counted extends GeneratedValidator<Facts> {
    final AtomicInteger runs = new AtomicInteger();
    private final String key;

    Counted(String id, String key) {
      super(requirement(id, Level.MANDATORY, EnumSet.allOf(Audience.class), "Patch", 1,
          automatedCheck("every device was patched on or after 2026-08-01")));
      this.key = key;
    }

    @Override
    protected String sharedKey(int check) {
      return key;
    }

    @Override
    protected Truth automated(int check, Facts facts, Evaluation ev) {
      runs.incrementAndGet();
      Truth all = Truth.TRUE;
      for (int i = 0; i < facts.devices().size(); i++) {
        Device d = facts.devices().get(i);
        Truth t = Truth.of(!d.lastSecurityPatch().isBefore(ev.asOf().minusDays(92)));
        if (t == Truth.FALSE) {
          ev.fail("Device", d.id(), d.lastSecurityPatch(), ">= ", ev.asOf().minusDays(92), "devices[", i,
              "].lastSecurityPatch");
        }
        all = Truth.and(all, t);
      }
      return all;
    }
  }

  private static Assessment<Facts> assessment(LocalDate asOf, LocalDate... patches) {
    List<Device> devices = new java.util.ArrayList<>();
    for (int i = 0; i < patches.length; i++) {
      devices.add(new Device("d" + i, DeviceKind.SERVER, null, patches[i], List.of()));
    }
    return new Assessment<>(new Facility("f", Audience.MEDICAL_INSTITUTION), asOf,
        new Facts(1, null, List.of(), devices), Map.of(), Map.of(), List.of());
  }

  @Test
  void aSharedCheckRunsOncePerAssessmentAndItsFindingsAreEachClausesOwn() {
    Counted a = new Counted("x@1/1", "k");
    Counted b = new Counted("y@2/9", "k");
    Assessment<Facts> one = assessment(AS_OF, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 1, 1));
    Verdict first = a.validate(one);
    Verdict second = b.validate(one);
    assertThat(a.runs.get() + b.runs.get()).isEqualTo(1);
    assertThat(first.outcome()).isEqualTo(second.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(second.findings().get(0).requirement().toString()).isEqualTo("y@2/9");
    assertThat(second.findings().get(0).observations()).isEqualTo(first.findings().get(0).observations())
        .singleElement().satisfies(o -> assertThat(o.subject()).isEqualTo("d1"));
  }

  @Test
  void anotherAssessmentAnotherDateOrNoKeyIsEvaluatedAfresh() {
    Counted a = new Counted("x@1/1", "k");
    Assessment<Facts> one = assessment(AS_OF, LocalDate.of(2026, 10, 1));
    assertThat(a.validate(one).outcome()).isEqualTo(Outcome.SATISFIED);
    // The same facts seen a year later: the same key, but the date differs, so the check runs again and fails.
    assertThat(a.validate(one.withAsOf(AS_OF.plusYears(1))).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // Equal facts in another object: evaluated again (identity, never a deep comparison).
    assertThat(a.validate(assessment(AS_OF, LocalDate.of(2026, 10, 1))).outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(a.runs.get()).isEqualTo(3);
    Counted local = new Counted("z@1/1", null);
    local.validate(one);
    local.validate(one);
    assertThat(local.runs.get()).isEqualTo(2);
  }

  @Test
  void otherKeysAreNotShared() {
    Counted a = new Counted("x@1/1", "k1");
    Counted b = new Counted("x@1/2", "k2");
    Assessment<Facts> one = assessment(AS_OF, LocalDate.of(2026, 10, 1));
    a.validate(one);
    b.validate(one);
    assertThat(a.runs.get()).isEqualTo(1);
    assertThat(b.runs.get()).isEqualTo(1);
  }
}
