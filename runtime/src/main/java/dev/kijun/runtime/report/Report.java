package dev.kijun.runtime.report;

import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdicts of one edition on one evidence file: what the report renderers ({@link TextReport},
 * {@link JsonReport}) show. Verdicts keep the edition's source order. A report states what the evidence shows per
 * clause; it is never a claim of compliance with the guideline.
 *
 * @param edition the edition whose requirements were checked
 * @param evidenceFile the evidence file's name as given by the user (a label, not read again)
 * @param facility the facility the evidence describes
 * @param asOf the date the verdicts were computed for
 * @param verdicts one verdict per requirement, in source order
 */
public record Report(EditionInfo edition, String evidenceFile, Facility facility, LocalDate asOf,
    List<Verdict> verdicts) {
  public Report {
    Objects.requireNonNull(edition, "edition is null");
    Objects.requireNonNull(evidenceFile, "evidenceFile is null");
    Objects.requireNonNull(facility, "facility is null");
    Objects.requireNonNull(asOf, "asOf is null");
    verdicts = List.copyOf(verdicts);
  }

  /** Runs every validator of {@code edition} on {@code assessment} and reports the verdicts. */
  public static <E> Report of(Edition<E> edition, String evidenceFile, Assessment<E> assessment) {
    return new Report(edition.info(), evidenceFile, assessment.facility(), assessment.asOf(),
        edition.validateAll(assessment));
  }

  /**
   * The verdict on one requirement of this report's edition, e.g.
   * {@code report.verdict(ClauseRef.parse("mhlw-checklist@R7/2.8"))}; empty when the edition has no such
   * requirement (or the requirement is a stub, which has no validator).
   */
  public Optional<Verdict> verdict(ClauseRef clause) {
    Objects.requireNonNull(clause, "clause is null");
    for (Verdict v : verdicts) {
      if (v.requirement().id().equals(clause)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Reports on several evidence files together, in the order given. */
  public static ReportSet combine(List<Report> reports) {
    return new ReportSet(reports);
  }

  /** How many requirements got each outcome; every outcome is present, in {@link Outcome} declaration order. */
  public Map<Outcome, Integer> counts() {
    return count(verdicts);
  }

  /**
   * True when any requirement is NOT_SATISFIED or EVIDENCE_MISSING: the evidence shows a gap or does not show
   * enough. The CLI exits with 1 then.
   */
  public boolean hasFailures() {
    for (Verdict v : verdicts) {
      if (isFailure(v.outcome())) {
        return true;
      }
    }
    return false;
  }

  static boolean isFailure(Outcome outcome) {
    return outcome == Outcome.NOT_SATISFIED || outcome == Outcome.EVIDENCE_MISSING;
  }

  static Map<Outcome, Integer> count(List<Verdict> verdicts) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    for (Verdict v : verdicts) {
      counts.merge(v.outcome(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
