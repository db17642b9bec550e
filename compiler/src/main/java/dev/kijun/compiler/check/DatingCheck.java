package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.DidYouMean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates of a dated requirement must be able to hold together: a relief ends after the requirement takes effect,
 * a supersession comes after it, a check takes effect before the requirement is superseded (CONTRADICTORY_DATES);
 * a relief that outlasts the requirement, a check date that changes nothing, a successor that is not yet in force
 * when it takes over are warned about (OVERLAPPING_DATES); the successor must be a requirement of a compiled edition
 * (UNKNOWN_SUCCESSOR).
 */
public final class DatingCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (Requirement r : edition.requirements()) {
        Dating dating = r.dating();
        if (dating.isEmpty()) {
          continue;
        }
        Diagnostics d = diagnostics.in("requirement " + r.id().clause());
        Optional<LocalDate> from = dating.effective().map(Dating.Day::date);
        dating.relief().flatMap(Dating.Relief::until).ifPresent(until -> relief(until, dating, d));
        dating.superseded().ifPresent(s -> superseded(program, r, s, from, d));
        for (Optional<Dating.Day> check : dating.checks()) {
          check.ifPresent(day -> check(day, dating, d));
        }
      }
    }
  }

  private static void relief(Dating.Day until, Dating dating, Diagnostics d) {
    dating.reliefStart().filter(from -> !until.date().isAfter(from)).ifPresent(from ->
        d.error(Code.CONTRADICTORY_DATES, until.span(), "the relief ends on " + until.date()
            + ", not after it starts (" + from + ", when the requirement or its first dated check takes effect)",
            "a relief runs after `effective from`: end it later, or drop the relief"));
    // Compared only with a supersession that itself holds (after the effective day), so one mistake is reported once.
    dating.superseded().filter(s -> sound(s, dating)).filter(s -> until.date().isAfter(s.on().date())).ifPresent(s ->
        d.warning(Code.OVERLAPPING_DATES, until.span(), "the relief runs until " + until.date()
            + ", after the requirement is superseded (" + s.on().date() + ")",
            "the relief ends with the requirement; end it by " + s.on().date().minusDays(1) + " or drop `until`"));
  }

  /** Whether the supersession comes after the effective day (or the requirement has none). */
  private static boolean sound(Dating.Superseded s, Dating dating) {
    return dating.effective().map(f -> s.on().date().isAfter(f.date())).orElse(true);
  }

  private static void superseded(Program program, Requirement r, Dating.Superseded s, Optional<LocalDate> from,
      Diagnostics d) {
    if (!sound(s, r.dating())) {
      d.error(Code.CONTRADICTORY_DATES, s.on().span(), "superseded on " + s.on().date()
          + ", not after the requirement takes effect (" + from.orElseThrow() + ")",
          "a requirement is superseded after `effective from`, or it is never in force");
    }
    if (s.successor().target().equals(r.id())) {
      d.error(Code.CONTRADICTORY_DATES, s.successor().span(), "requirement `" + r.id().clause()
          + "` is named as its own successor", "name the clause that takes over");
      return;
    }
    Optional<Edition> target = program.edition(s.successor().target().editionKey());
    if (target.isEmpty()) {
      d.warning(Code.UNKNOWN_SUCCESSOR, s.successor().span(), "edition `" + s.successor().target().editionKey()
          + "` is not among the compiled sources, so the successor `" + s.successor().target() + "` is not checked",
          "compile its sources together with this edition");
      return;
    }
    Optional<Requirement> successor = target.get().requirement(s.successor().target().clause());
    if (successor.isEmpty()) {
      List<String> ids = new ArrayList<>();
      target.get().requirements().forEach(q -> ids.add(q.id().clause()));
      d.error(Code.UNKNOWN_SUCCESSOR, s.successor().span(), "`" + s.successor().target()
          + "` is not a requirement of edition `" + s.successor().target().editionKey() + "`",
          DidYouMean.closest(s.successor().target().clause(), ids).map(x -> "did you mean `" + x + "`?")
              .orElse("name a requirement the edition declares"));
      return;
    }
    successor.get().dating().effective().filter(f -> sound(s, r.dating()) && f.date().isAfter(s.on().date()))
        .ifPresent(f ->
        d.warning(Code.OVERLAPPING_DATES, s.on().span(), "superseded on " + s.on().date() + ", but the successor `"
            + s.successor().target() + "` takes effect only on " + f.date(),
            "between the two days neither clause is in force; align the dates"));
  }

  private static void check(Dating.Day day, Dating dating, Diagnostics d) {
    dating.superseded().filter(s -> !day.date().isBefore(s.on().date())).ifPresent(s ->
        d.error(Code.CONTRADICTORY_DATES, day.span(), "the check takes effect on " + day.date()
            + ", when the requirement is already superseded (" + s.on().date() + ")",
            "a check takes effect before its requirement is superseded"));
    dating.effective().filter(f -> !day.date().isAfter(f.date())).ifPresent(f ->
        d.warning(Code.OVERLAPPING_DATES, day.span(), "the check takes effect on " + day.date()
            + ", not after its requirement (" + f.date() + "), so its own date changes nothing",
            "drop the check's `effective from`, or give a later day"));
  }
}
