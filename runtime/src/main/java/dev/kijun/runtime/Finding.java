package dev.kijun.runtime;

import java.util.List;

/**
 * What one check of one requirement found: the outcome, why in one line, and the evidence paths that decided it
 * (e.g. {@code endpoints[2].tls.versions}, relative to the evidence file's {@code facts}). Secret values are
 * never part of a reason; paths to them are.
 */
public record Finding(ClauseRef requirement, CheckKind check, Outcome outcome, String reason, List<String> evidencePaths) {
  public Finding {
    java.util.Objects.requireNonNull(requirement, "requirement is null");
    java.util.Objects.requireNonNull(check, "check is null");
    java.util.Objects.requireNonNull(outcome, "outcome is null");
    java.util.Objects.requireNonNull(reason, "reason is null");
    evidencePaths = List.copyOf(evidencePaths);
  }
}
