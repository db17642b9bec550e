package dev.kijun.compiler.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Dates;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.eval.DatedWords;
import dev.kijun.runtime.eval.Findings;
import dev.kijun.runtime.eval.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates evidence against an edition by interpreting its typed model: the same protocol as the generated
 * validators (dates, audience, applicability, each check, waivers, combination by severity, relief) written again from the rules
 * in docs/evidence.md. Used as an oracle: for any valid evidence, its verdicts must equal the generated ones.
 */
public final class Interpreter {
  private Interpreter() {}

  /** One requirement's outcome and findings, as the interpreter computes them. */
  public record Result(ClauseRef requirement, Outcome outcome, List<Finding> findings) {}

  /** Every requirement of {@code edition} in source order, on the evidence file's JSON tree. */
  public static List<Result> validate(Edition edition, JsonNode evidence, Optional<LocalDate> asOf) {
    Envelope env = Envelope.read(evidence, asOf);
    List<Result> out = new ArrayList<>();
    for (Requirement r : edition.requirements()) {
      if (r.stub()) {
        continue; // nothing to evaluate: stubs get no validator
      }
      out.add(requirement(edition, r, env));
    }
    return out;
  }

  private static Result requirement(Edition edition, Requirement r, Envelope env) {
    ClauseRef id = r.id();
    CheckKind first = r.checks().isEmpty() ? CheckKind.REVIEW : kind(r.checks().get(0));
    Dating dating = r.dating();
    LocalDate asOf = env.asOf();
    Optional<LocalDate> from = dating.effective().map(Dating.Day::date);
    if (from.isPresent() && from.get().isAfter(asOf)) {
      return single(id, Outcome.NOT_APPLICABLE, new Finding(id, first, Outcome.NOT_APPLICABLE,
          DatedWords.notYetInForce(from.get(), asOf), List.of()));
    }
    if (dating.superseded().isPresent() && !dating.superseded().get().on().date().isAfter(asOf)) {
      Dating.Superseded s = dating.superseded().get();
      return single(id, Outcome.NOT_APPLICABLE, new Finding(id, first, Outcome.NOT_APPLICABLE, DatedWords.superseded(
          new Dates.Supersession(s.on().date(), s.successor().target()), asOf), List.of()));
    }
    if (!r.audience().contains(env.kind())) {
      List<String> names = new ArrayList<>();
      for (Audience a : Audience.values()) {
        if (r.audience().contains(a)) {
          names.add(a.keyword());
        }
      }
      String reason = "addressed to " + String.join(", ", names) + "; the facility is a " + env.kind().keyword();
      return single(id, Outcome.NOT_APPLICABLE, new Finding(id, first, Outcome.NOT_APPLICABLE, reason, List.of()));
    }
    if (!env.profiles().isEmpty() && !r.profiles().isEmpty()
        && env.profiles().stream().noneMatch(r.profiles()::contains)) {
      String reason = "read under profiles " + String.join(", ", r.profiles()) + "; the facility's profiles are "
          + String.join(", ", env.profiles());
      return single(id, Outcome.NOT_APPLICABLE, new Finding(id, first, Outcome.NOT_APPLICABLE, reason, List.of()));
    }
    if (r.applies().isPresent()) {
      Evaluator ev = new Evaluator(env, id, false, new Values(edition.schema(), env));
      Evaluator.Result applies = ev.condition(r.applies().get());
      if (applies.truth() != Truth.TRUE) {
        String words = " (" + ExprExplainer.explain(r.applies().get()).plain() + ")";
        Findings.Listed listed = Findings.list(applies.entries());
        Outcome outcome = applies.truth() == Truth.FALSE ? Outcome.NOT_APPLICABLE : Outcome.EVIDENCE_MISSING;
        String reason = applies.truth() == Truth.FALSE ? "its applicability condition does not hold" + words
            : "whether it applies cannot be decided" + words + "; " + undecided(listed.observations());
        return single(id, outcome, new Finding(id, first, outcome, reason, listed.paths(), listed.observations(),
            listed.omitted()));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < r.checks().size(); i++) {
      Check c = r.checks().get(i);
      Optional<LocalDate> checkFrom = dating.check(i);
      Finding f;
      if (checkFrom.isPresent() && checkFrom.get().isAfter(asOf)) {
        f = new Finding(id, kind(c), Outcome.NOT_APPLICABLE, DatedWords.checkNotYetInForce(checkFrom.get(), asOf),
            List.of());
      } else if (c instanceof Check.Automated a) {
        f = automated(edition, r, a, env);
      } else if (c instanceof Check.Question) {
        f = Protocol.question(id, env);
      } else {
        f = Protocol.review(id, ((Check.Review) c).explanation(), env);
      }
      findings.add(f.withCheckIndex(findings.size()));
    }
    Outcome combined = Outcome.NOT_APPLICABLE;
    for (Finding f : findings) {
      if (f.outcome().severity() > combined.severity()) {
        combined = f.outcome();
      }
    }
    boolean checksUnmet = combined == Outcome.NOT_SATISFIED || combined == Outcome.EVIDENCE_MISSING
        || combined == Outcome.NEEDS_REVIEW;
    // The relief starts on the requirement's day, else on the earliest day of a check.
    Optional<LocalDate> start = from;
    if (start.isEmpty()) {
      for (Optional<Dating.Day> day : dating.checks()) {
        if (day.isPresent() && (start.isEmpty() || day.get().date().isBefore(start.get()))) {
          start = Optional.of(day.get().date());
        }
      }
    }
    if (dating.relief().isPresent() && checksUnmet && start.isPresent() && !start.get().isAfter(asOf)) {
      Dating.Relief relief = dating.relief().get();
      boolean over = relief.until().isPresent() && relief.until().get().date().isBefore(asOf);
      if (!over) {
        return relieved(edition, r, env, relief, start.get(), combined, findings, first);
      }
    }
    return new Result(id, combined, findings);
  }

  /** The transitional relief over checks that are not met: its condition true, false or unknown. */
  private static Result relieved(Edition edition, Requirement r, Envelope env, Dating.Relief relief, LocalDate start,
      Outcome combined, List<Finding> findings, CheckKind first) {
    Evaluator ev = new Evaluator(env, r.id(), false, new Values(edition.schema(), env));
    Evaluator.Result holds = ev.condition(relief.condition());
    if (holds.truth() == Truth.FALSE) {
      return new Result(r.id(), combined, findings);
    }
    Dates.Relief words = new Dates.Relief(relief.explanation(), relief.until().map(Dating.Day::date),
        ExprExplainer.explain(relief.condition()).plain());
    List<Finding> out = new ArrayList<>();
    if (holds.truth() == Truth.TRUE) {
      out.add(new Finding(r.id(), first, Outcome.RELIEVED, DatedWords.relieved(start, words),
          List.of()));
      out.addAll(findings);
      return new Result(r.id(), Outcome.RELIEVED, out);
    }
    Findings.Listed listed = Findings.list(holds.entries());
    out.addAll(findings);
    out.add(new Finding(r.id(), first, Outcome.EVIDENCE_MISSING, DatedWords.reliefUndecided(start, words,
        undecided(listed.observations())), listed.paths(), listed.observations(),
        listed.omitted()));
    return new Result(r.id(), Outcome.EVIDENCE_MISSING, out);
  }

  private static Finding automated(Edition edition, Requirement r, Check.Automated a, Envelope env) {
    Evaluator strict = new Evaluator(env, r.id(), false, new Values(edition.schema(), env));
    Evaluator.Result t = strict.condition(a.body());
    if (t.truth() == Truth.TRUE) {
      return Findings.automated(r.id(), Outcome.SATISFIED, a.explanation(), List.of(), strict.notes, List.of(),
          List.of(), env.asOf());
    }
    Evaluator last = strict;
    Evaluator.Result lt = t;
    if (!r.waivers().isEmpty()) {
      Evaluator lenient = new Evaluator(env, r.id(), true, new Values(edition.schema(), env));
      Evaluator.Result l = lenient.condition(a.body());
      if (l.truth() == Truth.TRUE) {
        return Findings.automated(r.id(), Outcome.WAIVED, a.explanation(), t.entries(), List.of(),
            new ArrayList<>(lenient.used), List.of(), env.asOf());
      }
      last = lenient;
      lt = l;
    }
    Outcome outcome = lt.truth() == Truth.FALSE ? Outcome.NOT_SATISFIED : Outcome.EVIDENCE_MISSING;
    return Findings.automated(r.id(), outcome, a.explanation(), lt.entries(), List.of(), List.of(),
        new ArrayList<>(last.expired), env.asOf());
  }

  private static String undecided(List<Observation> observations) {
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Observation o : observations) {
      List<String> into = o.kind() == Kind.MISSING ? missing : o.kind() == Kind.IMPLAUSIBLE ? late : null;
      if (into != null && !into.contains(o.path())) {
        into.add(o.path());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add(missing.size() + (missing.size() == 1 ? " value it needs is" : " values it needs are")
          + " not in the evidence");
    }
    if (!late.isEmpty()) {
      parts.add(late.size() + (late.size() == 1 ? " date is" : " dates are") + " after the assessment date");
    }
    return parts.isEmpty() ? "the evidence does not decide it" : String.join("; ", parts);
  }

  private static CheckKind kind(Check c) {
    return c instanceof Check.Automated ? CheckKind.AUTOMATED : c instanceof Check.Question ? CheckKind.QUESTION
        : CheckKind.REVIEW;
  }

  private static Result single(ClauseRef id, Outcome outcome, Finding f) {
    return new Result(id, outcome, List.of(f));
  }
}
