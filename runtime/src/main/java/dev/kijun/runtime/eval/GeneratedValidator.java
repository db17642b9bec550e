package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckInfo;
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
 * applicability condition and its automated checks as plain boolean methods; this class runs the fixed protocol:
 * audience filter, applicability, each check (automated, question, review), waivers, missing evidence, and the
 * combination of findings into one verdict.
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
  protected boolean applies(E facts, Evaluation ev) {
    return true;
  }

  /** Evaluates the automated check at position {@code check} among the requirement's checks. */
  protected boolean automated(int check, E facts, Evaluation ev) {
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
      return notApplicable(new Finding(id, firstKind(), Outcome.NOT_APPLICABLE,
          "addressed to " + audienceList() + "; the facility is a " + assessment.facility().kind().keyword(),
          List.of()));
    }
    List<String> profiles = assessment.facility().profiles();
    if (!profiles.isEmpty() && !info.profiles().isEmpty() && profiles.stream().noneMatch(info.profiles()::contains)) {
      return notApplicable(new Finding(id, firstKind(), Outcome.NOT_APPLICABLE, "read under profiles "
          + String.join(", ", info.profiles()) + "; the facility's profiles are " + String.join(", ", profiles),
          List.of()));
    }
    Evaluation applicability = new Evaluation(assessment, id, false);
    try {
      if (!applies(assessment.facts(), applicability)) {
        return notApplicable(new Finding(id, firstKind(), Outcome.NOT_APPLICABLE,
            "its applicability condition does not hold", applicability.blamedPaths()));
      }
    } catch (MissingEvidence missing) {
      return verdictOf(List.of(new Finding(id, firstKind(), Outcome.EVIDENCE_MISSING,
          "applicability needs `" + missing.path() + "`, which the evidence does not hold", List.of(missing.path()))));
    }
    List<CheckInfo> checks = info.checks();
    List<Finding> findings = new ArrayList<>(checks.size());
    for (int i = 0; i < checks.size(); i++) {
      CheckInfo check = checks.get(i);
      switch (check.kind()) {
        case AUTOMATED:
          findings.add(runAutomated(i, check, assessment));
          break;
        case QUESTION:
          findings.add(Questions.evaluate(id, assessment));
          break;
        case REVIEW:
          findings.add(Reviews.evaluate(id, check, assessment));
          break;
        default:
          throw new IllegalStateException("unknown check kind " + check.kind());
      }
    }
    return verdictOf(findings);
  }

  private Finding runAutomated(int index, CheckInfo check, Assessment<E> assessment) {
    ClauseRef id = info.id();
    Evaluation strict = new Evaluation(assessment, id, false);
    try {
      if (automated(index, assessment.facts(), strict)) {
        return new Finding(id, check.kind(), Outcome.SATISFIED, "holds: " + check.explanation(), List.of());
      }
      Evaluation last = strict;
      if (declaresWaivers()) {
        Evaluation lenient = new Evaluation(assessment, id, true);
        if (automated(index, assessment.facts(), lenient)) {
          return new Finding(id, check.kind(), Outcome.WAIVED,
              "holds only under " + WaiverText.describe(lenient.usedWaivers()) + ": " + check.explanation(),
              strict.blamedPaths());
        }
        last = lenient;
      }
      String reason = "does not hold: " + check.explanation();
      if (last.droppedBlame() > 0) {
        reason += " (" + last.droppedBlame() + " more failing paths not listed)";
      }
      if (!last.expiredWaivers().isEmpty()) {
        reason += "; " + WaiverText.describeExpired(last.expiredWaivers());
      }
      return new Finding(id, check.kind(), Outcome.NOT_SATISFIED, reason, last.blamedPaths());
    } catch (MissingEvidence missing) {
      return new Finding(id, check.kind(), Outcome.EVIDENCE_MISSING,
          "needs `" + missing.path() + "`, which the evidence does not hold", List.of(missing.path()));
    }
  }

  private Verdict notApplicable(Finding finding) {
    return new Verdict(info, Outcome.NOT_APPLICABLE, List.of(finding));
  }

  private Verdict verdictOf(List<Finding> findings) {
    Outcome combined = Outcome.NOT_APPLICABLE;
    for (Finding f : findings) {
      if (f.outcome().severity() > combined.severity()) {
        combined = f.outcome();
      }
    }
    return new Verdict(info, combined, findings);
  }

  private dev.kijun.runtime.CheckKind firstKind() {
    return info.checks().isEmpty() ? dev.kijun.runtime.CheckKind.REVIEW : info.checks().get(0).kind();
  }

  private String audienceList() {
    List<String> names = new ArrayList<>();
    for (dev.kijun.runtime.Audience a : dev.kijun.runtime.Audience.values()) {
      if (info.audience().contains(a)) {
        names.add(a.keyword());
      }
    }
    return String.join(", ", names);
  }
}
