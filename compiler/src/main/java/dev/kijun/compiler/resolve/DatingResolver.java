package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the dated items of one requirement ({@code effective from}, {@code relief}, {@code superseded}) into a
 * {@link Dating}. Only what one requirement shows is checked here (calendar dates, a relief needs an effective
 * day on the requirement or a check); how the dates relate to each other and to the successor is {@code check.DatingCheck}'s.
 */
final class DatingResolver {
  private final String document;
  private final String edition;
  private final Diagnostics d;

  DatingResolver(String document, String edition, Diagnostics d) {
    this.document = document;
    this.edition = edition;
    this.d = d;
  }

  /** The requirement's dating; {@code checks} are the days of its checks, in model order. */
  Dating resolve(Decl.RequirementDecl decl, Optional<Decl.EffectiveClause> effective,
      Optional<Decl.ReliefClause> relief, Optional<Decl.SupersededClause> superseded,
      Optional<TypedExpr> reliefCondition, List<Optional<Dating.Day>> checks) {
    Optional<Dating.Day> from = effective.flatMap(e -> day(e.date()));
    Optional<Dating.Relief> r = Optional.empty();
    if (relief.isPresent()) {
      Decl.ReliefClause c = relief.get();
      if (effective.isEmpty() && checks.stream().allMatch(Optional::isEmpty)) {
        d.error(Code.MISSING_ITEM, c.span(), "a transitional relief, but no `effective from` on the requirement or "
            + "any of its checks", "a relief eases an obligation from the day it takes effect: add `effective from "
            + "YYYY-MM-DD` to requirement `" + decl.id().value() + "` or to the checks the relief is for");
      }
      Optional<Dating.Day> until = c.until().flatMap(this::day);
      r = reliefCondition.map(t -> new Dating.Relief(c.explanation().value(), until, t, c.span()));
    }
    Optional<Dating.Superseded> s = superseded.flatMap(c -> day(c.on()).flatMap(on ->
        References.parse(c.successor().value(), document, edition, c.successor().span(), d)
            .map(ref -> new Dating.Superseded(on, new Reference(ref, c.successor().span()), c.span()))));
    return new Dating(from, r, s, checks);
  }

  /** The day of a check's own {@code effective from}, if any. */
  Optional<Dating.Day> check(Optional<Decl.EffectiveClause> effective) {
    return effective.flatMap(e -> day(e.date()));
  }

  private Optional<Dating.Day> day(Decl.DateText t) {
    if (t.value().isEmpty()) {
      d.error(Code.SYNTAX, t.span(), "`" + t.span().text() + "` is not a calendar date",
          "dates are written YYYY-MM-DD with a real month and day, e.g. `2027-04-01`");
      return Optional.empty();
    }
    return Optional.of(new Dating.Day(t.value().get(), t.span()));
  }
}
