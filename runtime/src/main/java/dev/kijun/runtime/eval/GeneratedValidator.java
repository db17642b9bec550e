package dev.kijun.runtime.eval;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Dates;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Validator;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The base class of every generated validator. Generated code supplies the requirement's metadata, its
 * applicability condition and its automated checks as methods returning a {@link Truth}; this class runs the fixed
 * protocol: the requirement's dates (not yet in force, superseded), audience filter, applicability, each check
 * (automated, question, review; a check not yet in force is NOT_APPLICABLE), waivers, the combination of findings
 * into one verdict by {@linkplain Outcome#severity() severity}, so a definite failure always beats a missing value,
 * and last the transitional relief, which can only turn checks that are not met into RELIEVED.
 *
 * @param <E> the root record type of the evidence schema
 */
public abstract class GeneratedValidator<E> implements Validator<E> {
  private final RequirementInfo info;
  // What every validation reads of the metadata, flattened into this object when it is made: with hundreds of
  // requirements run right after a large file was bound, walking the metadata's objects (optionals, dates, sets,
  // lists) costs a cache miss each.
  private final long effectiveDay; // epoch day of effectiveFrom, or Long.MIN_VALUE
  private final long supersededDay; // epoch day of the supersession, or Long.MAX_VALUE
  private final int audience; // bit per Audience ordinal
  private final boolean hasRelief;
  private final CheckKind[] checkKinds;
  private final long[] checkDays; // epoch day of each check's effectiveFrom, or Long.MIN_VALUE

  private final String questionPath;
  private final String doesNotApply; // the reason when the applicability condition is false
  private final Finding[] unanswered;
  private final Finding[] satisfied;

  /**
   * A verdict or a reason that depends on one value alone (the assessment date, the facility's kind, the counts of
   * what is missing), kept with that value. Both are immutable, so one may be handed out for many assessments; the
   * field is written whole, so a race only computes it twice.
   */
  private record Kept(Object key, Object value) {}

  private volatile Kept keptByDate;
  private volatile Kept keptByAudience;

  /** Binds the validator to its requirement's metadata. */
  protected GeneratedValidator(RequirementInfo info) {
    this.info = java.util.Objects.requireNonNull(info, "info is null");
    Dates dates = info.dates();
    effectiveDay = dates.effectiveFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    supersededDay = dates.superseded().map(s -> s.on().toEpochDay()).orElse(Long.MAX_VALUE);
    int mask = 0;
    for (Audience a : info.audience()) {
      mask |= 1 << a.ordinal();
    }
    audience = mask;
    hasRelief = dates.relief().isPresent();
    List<CheckInfo> checks = info.checks();
    checkKinds = new CheckKind[checks.size()];
    checkDays = new long[checks.size()];
    for (int i = 0; i < checks.size(); i++) {
      checkKinds[i] = checks.get(i).kind();
      checkDays[i] = checks.get(i).effectiveFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    }
    questionPath = Questions.path(info.id());
    doesNotApply = "its applicability condition does not hold" + words();
    unanswered = new Finding[checks.size()];
    satisfied = new Finding[checks.size()];
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

  /**
   * The key under which the strict result of the automated check at position {@code check} is shared with every
   * check of the same key on the same assessment ({@link SharedChecks}), or null when it must be computed here. The
   * compiler gives keys only to checks that read nothing but the evidence facts and the assessment date.
   */
  protected String sharedKey(int check) {
    return null;
  }

  /** The condition of the requirement's transitional relief; only called when it declares one. */
  protected Truth relief(E facts, Evaluation ev) {
    return Truth.FALSE;
  }

  /**
   * Whether the requirement declares waivers. Code generated by an older kijun overrides this; current code overrides
   * {@link #usesWaivers(int)} instead.
   */
  protected boolean declaresWaivers() {
    return false;
  }

  /**
   * Whether the automated check at position {@code check} uses a waiver ({@code waived … for …}); only such a check,
   * when it fails, is evaluated a second time with waivers counted. A check that uses none comes out the same both
   * times.
   */
  protected boolean usesWaivers(int check) {
    return declaresWaivers();
  }

  @Override
  public final Verdict validate(Assessment<E> assessment) {
    ClauseRef id = info.id();
    LocalDate asOf = assessment.asOf();
    long today = asOf.toEpochDay();
    if (today < effectiveDay || today >= supersededDay) {
      // The verdict depends on the assessment date alone: kept for the next assessment of the same date, since a
      // run validates one date against every edition, and a later edition is mostly not yet in force.
      Kept kept = keptByDate;
      if (kept == null || !kept.key().equals(asOf)) {
        String reason = today < effectiveDay
            ? DatedWords.notYetInForce(info.dates().effectiveFrom().get(), asOf)
            : DatedWords.superseded(info.dates().superseded().get(), asOf);
        kept = new Kept(asOf, single(Outcome.NOT_APPLICABLE,
            new Finding(id, firstKind(), Outcome.NOT_APPLICABLE, reason, List.of())));
        keptByDate = kept;
      }
      return (Verdict) kept.value();
    }
    Audience kind = assessment.facility().kind();
    if ((audience & (1 << kind.ordinal())) == 0) {
      Kept kept = keptByAudience;
      if (kept == null || kept.key() != kind) {
        kept = new Kept(kind, single(Outcome.NOT_APPLICABLE, new Finding(id, firstKind(), Outcome.NOT_APPLICABLE,
            "addressed to " + audienceList() + "; the facility is a " + kind.keyword(), List.of())));
        keptByAudience = kept;
      }
      return (Verdict) kept.value();
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
      String reason = applies == Truth.FALSE ? doesNotApply : cannotTellIfApplies(listed.observations());
      return single(outcome, new Finding(id, firstKind(), outcome, reason, listed.paths(), listed.observations(),
          listed.omitted()));
    }
    // Each check's finding in its slot, then one immutable list (List.of: no copy for one or two findings, and the
    // verdict keeps the list as it is).
    Finding[] found = new Finding[checkKinds.length];
    for (int i = 0; i < checkKinds.length; i++) {
      if (today < checkDays[i]) {
        CheckInfo check = info.checks().get(i);
        found[i] = new Finding(id, check.kind(), Outcome.NOT_APPLICABLE,
            DatedWords.checkNotYetInForce(check.effectiveFrom().get(), asOf), List.of()).withCheckIndex(i);
        continue;
      }
      Finding finding;
      switch (checkKinds[i]) {
        case AUTOMATED:
          finding = runAutomated(i, info.checks().get(i), assessment);
          break;
        case QUESTION: {
          Answer a = assessment.answers().get(id);
          finding = a == null ? unanswered(i, assessment) : Questions.evaluate(id, questionPath, a, assessment);
          break;
        }
        case REVIEW: {
          Review r = assessment.reviews().get(id);
          finding = r == null ? unanswered(i, assessment)
              : Reviews.evaluate(id, info.checks().get(i), r, assessment);
          break;
        }
        default:
          throw new IllegalStateException("unknown check kind " + checkKinds[i]);
      }
      found[i] = finding.checkIndex() == i ? finding : finding.withCheckIndex(i);
    }
    List<Finding> findings = found.length == 1 ? List.of(found[0])
        : found.length == 2 ? List.of(found[0], found[1]) : List.of(found);
    Outcome combined = combine(findings);
    if (!hasRelief) {
      return new Verdict(info, combined, findings);
    }
    Dates dates = info.dates();
    List<CheckInfo> checks = info.checks();
    Optional<LocalDate> start = reliefStart(dates, checks);
    if (start.isPresent() && !asOf.isBefore(start.get()) && underRelief(combined)
        && !dates.relief().get().endedBy(asOf)) {
      return relieve(dates.relief().get(), start.get(), combined, findings, assessment);
    }
    return new Verdict(info, combined, findings);
  }

  /**
   * The finding of the question or review check at {@code index} when the evidence records no answer or review for
   * the requirement: it depends on the requirement alone, so it is made once. Most of a checklist is unanswered in
   * most evidence files, and on a small file these findings were a fifth of the validators' time.
   */
  private Finding unanswered(int index, Assessment<E> assessment) {
    Finding f = unanswered[index]; // a Finding is immutable (final fields), so a racy first write is safe
    if (f == null) {
      f = (checkKinds[index] == CheckKind.QUESTION
          ? Questions.evaluate(info.id(), questionPath, null, assessment)
          : Reviews.evaluate(info.id(), info.checks().get(index), null, assessment)).withCheckIndex(index);
      unanswered[index] = f;
    }
    return f;
  }

  /** The finding of the automated check at {@code index} when it holds with nothing to note: made once. */
  private Finding satisfied(int index, CheckInfo check, Assessment<E> assessment) {
    Finding f = satisfied[index]; // immutable, so a racy first write is safe
    if (f == null) {
      f = Findings.automated(info.id(), Outcome.SATISFIED, check.explanation(), List.of(), List.of(), List.of(),
          List.of(), assessment.asOf()).withCheckIndex(index);
      satisfied[index] = f;
    }
    return f;
  }

  /**
   * The first day of the transitional relief: the requirement's effective day, or, when only checks carry days,
   * the earliest of them (a relief eases what a date brings in, never what was already in force).
   */
  static Optional<LocalDate> reliefStart(Dates dates, List<CheckInfo> checks) {
    if (dates.effectiveFrom().isPresent()) {
      return dates.effectiveFrom();
    }
    return checks.stream().flatMap(c -> c.effectiveFrom().stream()).min(LocalDate::compareTo);
  }

  /** Whether a combined outcome is one a transitional relief can turn into RELIEVED: the checks are not met. */
  static boolean underRelief(Outcome combined) {
    return combined == Outcome.NOT_SATISFIED || combined == Outcome.EVIDENCE_MISSING
        || combined == Outcome.NEEDS_REVIEW;
  }

  /**
   * Applies the relief's condition: true gives RELIEVED with the reason first and the checks' findings kept; false
   * leaves the verdict as the checks gave it; unknown gives EVIDENCE_MISSING, since the verdict then hangs on it.
   */
  private Verdict relieve(Dates.Relief relief, LocalDate start, Outcome combined, List<Finding> findings,
      Assessment<E> assessment) {
    ClauseRef id = info.id();
    Evaluation ev = new Evaluation(assessment, id, false);
    Truth holds = relief(assessment.facts(), ev);
    if (holds == Truth.FALSE) {
      return new Verdict(info, combined, findings);
    }
    List<Finding> out = new ArrayList<>(findings.size() + 1);
    if (holds == Truth.TRUE) {
      out.add(new Finding(id, firstKind(), Outcome.RELIEVED, DatedWords.relieved(start, relief), List.of()));
      out.addAll(findings);
      return new Verdict(info, Outcome.RELIEVED, out);
    }
    Findings.Listed listed = Findings.list(ev.observations());
    out.addAll(findings);
    out.add(new Finding(id, firstKind(), Outcome.EVIDENCE_MISSING, DatedWords.reliefUndecided(start, relief,
        Findings.undecided(listed.observations())), listed.paths(), listed.observations(), listed.omitted()));
    return new Verdict(info, Outcome.EVIDENCE_MISSING, out);
  }

  private String words() {
    return info.applicability().isEmpty() ? "" : " (" + info.applicability() + ")";
  }

  // The reason of a requirement that may not apply, kept with the counts it was made for, which are the same from
  // one assessment to the next (the condition's words can be long).
  private volatile Kept cannotTellIfApplies;

  private String cannotTellIfApplies(List<Observation> observations) {
    String undecided = Findings.undecided(observations);
    Kept kept = cannotTellIfApplies;
    if (kept == null || !kept.key().equals(undecided)) {
      kept = new Kept(undecided, "whether it applies cannot be decided" + words() + "; " + undecided);
      cannotTellIfApplies = kept;
    }
    return (String) kept.value();
  }

  private Finding runAutomated(int index, CheckInfo check, Assessment<E> assessment) {
    ClauseRef id = info.id();
    SharedChecks.Result strict = strict(index, assessment);
    Truth t = strict.truth();
    if (t == Truth.TRUE) {
      if (strict.notes().isEmpty()) {
        return satisfied(index, check, assessment); // the passing path: the same finding every time
      }
      return Findings.automated(id, Outcome.SATISFIED, check.explanation(), List.of(), strict.notes(), List.of(),
          List.of(), assessment.asOf());
    }
    List<Observation> observations = strict.observations();
    List<Waiver> expired = strict.expiredWaivers();
    if (usesWaivers(index)) {
      Evaluation lenient = new Evaluation(assessment, id, true);
      Truth l = automated(index, assessment.facts(), lenient);
      if (l == Truth.TRUE) {
        return Findings.automated(id, Outcome.WAIVED, check.explanation(), strict.observations(), List.of(),
            lenient.usedWaivers(), List.of(), assessment.asOf());
      }
      observations = lenient.observations();
      expired = lenient.expiredWaivers();
      t = l;
    }
    Outcome outcome = t == Truth.FALSE ? Outcome.NOT_SATISFIED : Outcome.EVIDENCE_MISSING;
    return Findings.automated(id, outcome, check.explanation(), observations, List.of(), List.of(), expired,
        assessment.asOf());
  }

  /** The check evaluated without waivers: shared with identical checks on this assessment when it has a key. */
  private SharedChecks.Result strict(int index, Assessment<E> assessment) {
    String key = sharedKey(index);
    if (key != null) {
      SharedChecks.Result kept = SharedChecks.lookup(assessment, key);
      if (kept != null) {
        return kept;
      }
    }
    Evaluation ev = new Evaluation(assessment, info.id(), false);
    Truth t = automated(index, assessment.facts(), ev);
    SharedChecks.Result result = new SharedChecks.Result(t, ev.observations(), ev.notes(), ev.expiredWaivers());
    if (key != null) {
      SharedChecks.keep(assessment, key, result);
    }
    return result;
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
