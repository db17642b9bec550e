package dev.kijun.compiler.coverage;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.Status;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a set of requirements. {@code known} = {@code encoded} + {@code stubs}; {@code byStatus} counts every
 * known item; the check-kind counts are requirements (not stubs) with at least one check of that kind, so a
 * requirement with an automated check and a question counts in both.
 */
public record Counts(int known, int encoded, int stubs, Map<Status, Integer> byStatus, int automated, int question,
    int review) {
  public Counts {
    EnumMap<Status, Integer> copy = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      copy.put(s, byStatus.getOrDefault(s, 0));
    }
    byStatus = Collections.unmodifiableMap(copy);
  }

  /** Counts {@code requirements}. */
  public static Counts of(Collection<Requirement> requirements) {
    int stubs = 0;
    int automated = 0;
    int question = 0;
    int review = 0;
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Requirement r : requirements) {
      byStatus.merge(r.status(), 1, Integer::sum);
      if (r.stub()) {
        stubs++;
        continue;
      }
      automated += r.checks().stream().anyMatch(c -> c instanceof Check.Automated) ? 1 : 0;
      question += r.checks().stream().anyMatch(c -> c instanceof Check.Question) ? 1 : 0;
      review += r.checks().stream().anyMatch(c -> c instanceof Check.Review) ? 1 : 0;
    }
    return new Counts(requirements.size(), requirements.size() - stubs, stubs, byStatus, automated, question, review);
  }
}
