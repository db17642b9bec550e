package dev.kijun.runtime.eval;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Validator;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import java.util.ArrayList;
import java.util.List;

/**
 * The base class of every generated validator. Generated code supplies the requirement's metadata, its
 * applicability condition and its automated checks as methods returning a {@link Truth}; this class runs the fixed
 * protocol: audience filter, applicability, each check (automated, question, review), waivers, and the combination
 * of findings into one verdict by {@linkplain Outcome#severity() severity}, so a definite failure always beats a
 * missing value.
 *
 * @param <E> the root record type of the evidence schema
 */
public abstract class GeneratedValidator<E> implements Validator<E> {
  private final RequirementInfo info;

  /** Binds the validator to its requirement's metadata. */
  protected GeneratedValidator(RequirementInfo info) {
    this.info = java.util.Objects.requireNonNull(info, "info is null");
  }

  @Override
  public final RequirementInfo info() {
    return info;
  }

  /** The requirement's applicability condition; requirements without one always apply. */
  protected Truth applies(E facts, Evaluation ev) {
    return Truth.TRUE;
  }

  /** Evaluates the automated check at position {@code check} among the requirement's checks. */
  protected Truth automated(int check, E facts, Evaluation ev) {
    throw new IllegalStateException("no automated check at position " + check + " of " + info.id());
  }

  /** Whether the requirement declares waivers; only then is a failing check evaluated a second time. */
  protected boolean declaresWaivers() {
    return false;
  }

  @Override
  public final Verdict validate(Assessment<E> assessment) {
    ClauseRef id = info.id();
    if (!info.audience().contains(assessment.facility().kind())) {
      return single(Outcome.NOT_APPLICABLE, new Finding(id, firstKind(), Outcome.NOT_APPLICABLE,
          "addressed to " + audienceList() + "; the facility is a " + assessment.facility().kind().keyword(),
          List.of()));
    }
    List<String> profiles = assessment.facility().profiles();
    if (!profiles.isEmpty() && !info.profiles().isEmpty() && profiles.stream().noneMatch(info.profiles()::contains)) {
      return single(Outcome.NOT_APPLICABLE, new Finding(id, firstKind(), Outcome.NOT_APPLICABLE, "read under profiles "
          + String.join(", ", info.profiles()) + "; the facility's profiles are " + String.join(", ", profiles),
          List.of()));
    }
    Evaluation applicability = new Evaluation(assessment, id, false);
    Truth applies = applies(assessment.facts(), applicability);
    if (applies != Truth.TRUE) {
      Findings.Listed listed = Findings.list(applicability.observations());
      Outcome outcome = applies == Truth.FALSE ? Outcome.NOT_APPLICABLE : Outcome.EVIDENCE_MISSING;
      String reason = applies == Truth.FALSE
          ? "its applicability condition does not hold" + words()
          : "whether it applies cannot be decided" + words() + "; " + Findings.undecided(listed.observations());
      return single(outcome, new Finding(id, firstKind(), outcome, reason, listed.paths(), listed.observations(),
          listed.omitted()));
    }
    List<CheckInfo> checks = info.checks();
    List<Finding> findings = new ArrayList<>(checks.size());
    for (int i = 0; i < checks.size(); i++) {
      CheckInfo check = checks.get(i);
      Finding finding;
      switch (check.kind()) {
        case AUTOMATED:
          finding = runAutomated(i, check, assessment);
          break;
        case QUESTION:
          finding = Questions.evaluate(id, assessment);
          break;
        case REVIEW:
          finding = Reviews.evaluate(id, check, assessment);
          break;
        default:
          throw new IllegalStateException("unknown check kind " + check.kind());
      }
      findings.add(finding.withCheckIndex(i));
    }
    return new Verdict(info, combine(findings), findings);
  }

  private String words() {
    return info.applicability().isEmpty() ? "" : " (" + info.applicability() + ")";
  }

  private Finding runAutomated(int index, CheckInfo check, Assessment<E> assessment) {
    ClauseRef id = info.id();
    Evaluation strict = new Evaluation(assessment, id, false);
    Truth t = automated(index, assessment.facts(), strict);
    if (t == Truth.TRUE) {
      return Findings.automated(id, Outcome.SATISFIED, check.explanation(), List.of(), strict.notes(), List.of(),
          List.of());
    }
    Evaluation last = strict;
    if (declaresWaivers()) {
      Evaluation lenient = new Evaluation(assessment, id, true);
      Truth l = automated(index, assessment.facts(), lenient);
      if (l == Truth.TRUE) {
        return Findings.automated(id, Outcome.WAIVED, check.explanation(), strict.observations(), List.of(),
            lenient.usedWaivers(), List.of());
      }
      last = lenient;
      t = l;
    }
    Outcome outcome = t == Truth.FALSE ? Outcome.NOT_SATISFIED : Outcome.EVIDENCE_MISSING;
    return Findings.automated(id, outcome, check.explanation(), last.observations(), List.of(), List.of(),
        last.expiredWaivers());
  }

  /** The most severe outcome among the findings (NOT_APPLICABLE when there are none). */
  static Outcome combine(List<Finding> findings) {
    Outcome combined = Outcome.NOT_APPLICABLE;
    for (Finding f : findings) {
      if (f.outcome().severity() > combined.severity()) {
        combined = f.outcome();
      }
    }
    return combined;
  }

  private Verdict single(Outcome outcome, Finding finding) {
    return new Verdict(info, outcome, List.of(finding));
  }

  private CheckKind firstKind() {
    return info.checks().isEmpty() ? CheckKind.REVIEW : info.checks().get(0).kind();
  }

  private String audienceList() {
    List<String> names = new ArrayList<>();
    for (Audience a : Audience.values()) {
      if (info.audience().contains(a)) {
        names.add(a.keyword());
      }
    }
    return String.join(", ", names);
  }
}
