package dev.kijun.compiler.model;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a requirement and each of its checks are in force (docs/language.md, "Dated obligations"): its effective
 * day, its transitional relief, its supersession, and per check (parallel to {@link Requirement#checks()}) the day
 * the check takes effect. Spans point at the dates as written, for diagnostics.
 */
public record Dating(Optional<Day> effective, Optional<Relief> relief, Optional<Superseded> superseded,
    List<Optional<Day>> checks) {
  /** Always in force. */
  public static final Dating NONE = new Dating(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public Dating {
    checks = List.copyOf(checks);
  }

  /** True when neither the requirement nor any check carries a date. */
  public boolean isEmpty() {
    return effective.isEmpty() && relief.isEmpty() && superseded.isEmpty()
        && checks.stream().allMatch(Optional::isEmpty);
  }

  /** The day check {@code index} takes effect, if it has its own. */
  public Optional<LocalDate> check(int index) {
    return index < checks.size() ? checks.get(index).map(Day::date) : Optional.empty();
  }

  /**
   * The first day of the relief: the requirement's effective day, else the earliest day of a check (empty when
   * neither has one, which the resolver reports).
   */
  public Optional<LocalDate> reliefStart() {
    if (effective.isPresent()) {
      return effective.map(Day::date);
    }
    return checks.stream().flatMap(Optional::stream).map(Day::date).min(LocalDate::compareTo);
  }

  /** A day as written. */
  public record Day(LocalDate date, Span span) {}

  /** {@code relief "explanation" [until DATE] when condition}. */
  public record Relief(String explanation, Optional<Day> until, TypedExpr condition, Span span) {}

  /** {@code superseded on DATE by "clause"}: the successor resolved to a qualified reference. */
  public record Superseded(Day on, Reference successor, Span span) {}
}
