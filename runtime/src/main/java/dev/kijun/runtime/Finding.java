package dev.kijun.runtime;

import java.util.List;

/**
 * What one check of one requirement found: the outcome, why in one line, the evidence paths that decided it
 * (e.g. {@code endpoints[2].tls.versions[0]}, relative to the evidence file's {@code facts}) and, for automated
 * checks and answers, one {@link Observation} per value found wrong, missing, implausible or with nothing to check.
 * Secret values are never part of a reason or an observation; paths to them are.
 *
 * @param requirement the requirement the check belongs to
 * @param check the kind of check
 * @param outcome the check's outcome
 * @param reason one line of English
 * @param evidencePaths the distinct paths of the listed observations (for alternatives, of their failures; or of the
 *     answer or review read), in order
 * @param observations what was found, failures first, then implausible dates, missing values and empty lists
 * @param omitted how many further observations were counted but not listed
 * @param checkIndex the position of the check among {@link RequirementInfo#checks()} (0 for the first, in source
 *     order), or {@link #WHOLE_REQUIREMENT} for a finding about the requirement as a whole (not addressed to the
 *     facility, not read under its profiles, its applicability condition not holding or undecided)
 */
public record Finding(ClauseRef requirement, CheckKind check, Outcome outcome, String reason,
    List<String> evidencePaths, List<Observation> observations, int omitted, int checkIndex) {
  /** How many observations of each kind a finding lists; the rest are counted in {@link #omitted}. */
  public static final int MAX_PER_KIND = 20;
  /** The {@link #checkIndex} of a finding about the requirement as a whole rather than one of its checks. */
  public static final int WHOLE_REQUIREMENT = -1;

  /** Checks that nothing is null and the check index is {@link #WHOLE_REQUIREMENT} or a position. */
  public Finding {
    java.util.Objects.requireNonNull(requirement, "requirement is null");
    java.util.Objects.requireNonNull(check, "check is null");
    java.util.Objects.requireNonNull(outcome, "outcome is null");
    java.util.Objects.requireNonNull(reason, "reason is null");
    evidencePaths = List.copyOf(evidencePaths);
    observations = List.copyOf(observations);
    if (checkIndex < WHOLE_REQUIREMENT) {
      throw new IllegalArgumentException("check index " + checkIndex + " is negative");
    }
  }

  /** A finding about the requirement as a whole; {@link #withCheckIndex} places it at one check. */
  public Finding(ClauseRef requirement, CheckKind check, Outcome outcome, String reason, List<String> evidencePaths,
      List<Observation> observations, int omitted) {
    this(requirement, check, outcome, reason, evidencePaths, observations, omitted, WHOLE_REQUIREMENT);
  }

  /** A finding about the requirement as a whole, without observations. */
  public Finding(ClauseRef requirement, CheckKind check, Outcome outcome, String reason, List<String> evidencePaths) {
    this(requirement, check, outcome, reason, evidencePaths, List.of(), 0);
  }

  /** The same finding, as the finding of the check at {@code index} among the requirement's checks. */
  public Finding withCheckIndex(int index) {
    return new Finding(requirement, check, outcome, reason, evidencePaths, observations, omitted, index);
  }

  /** The listed observations of one kind, in order. */
  public List<Observation> observations(Observation.Kind kind) {
    return observations.stream().filter(o -> o.kind() == kind).toList();
  }
}
