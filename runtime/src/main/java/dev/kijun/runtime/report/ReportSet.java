package dev.kijun.runtime.report;

import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports on several evidence files (several facilities, dates or editions), rendered together with totals.
 *
 * @param reports the reports, in the order the evidence files were given
 * @param warnings entries of the evidence files that no validated requirement reads (see {@link EnvelopeCheck})
 */
public record ReportSet(List<Report> reports, List<EvidenceWarning> warnings) {
  public ReportSet {
    reports = List.copyOf(reports);
    warnings = List.copyOf(warnings);
  }

  /** Reports without warnings. */
  public ReportSet(List<Report> reports) {
    this(reports, List.of());
  }

  /** Outcome counts over every report; every outcome is present, in {@link Outcome} declaration order. */
  public Map<Outcome, Integer> counts() {
    List<Verdict> all = new ArrayList<>();
    for (Report r : reports) {
      all.addAll(r.verdicts());
    }
    return Report.count(all);
  }

  /** True when any report {@linkplain Report#hasFailures() has failures}. */
  public boolean hasFailures() {
    for (Report r : reports) {
      if (r.hasFailures()) {
        return true;
      }
    }
    return false;
  }
}
