package dev.kijun.runtime;

import java.util.List;

/** The combined outcome for one requirement and the findings of its checks. */
public record Verdict(RequirementInfo requirement, Outcome outcome, List<Finding> findings) {
  public Verdict {
    java.util.Objects.requireNonNull(requirement, "requirement is null");
    java.util.Objects.requireNonNull(outcome, "outcome is null");
    findings = List.copyOf(findings);
  }
}
