package dev.kijun.runtime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a requirement is in force: the day it takes effect, a transitional relief that holds after that day while a
 * condition over the evidence holds (and, if given, until a last day), and the day it is superseded by another
 * clause. Verdicts follow the assessment date (docs/language.md, "Dated obligations"). {@link #NONE} for a
 * requirement that is always in force.
 *
 * @param effectiveFrom the first day the requirement is in force
 * @param relief the transitional relief, if any
 * @param superseded the day and the successor, if any
 */
public record Dates(Optional<LocalDate> effectiveFrom, Optional<Relief> relief, Optional<Supersession> superseded) {
  /** Always in force, no relief, not superseded. */
  public static final Dates NONE = new Dates(Optional.empty(), Optional.empty(), Optional.empty());

  public Dates {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom is null");
    Objects.requireNonNull(relief, "relief is null");
    Objects.requireNonNull(superseded, "superseded is null");
  }

  /** True when the requirement carries no date at all. */
  public boolean isEmpty() {
    return effectiveFrom.isEmpty() && relief.isEmpty() && superseded.isEmpty();
  }

  /**
   * A transitional relief: after the effective date, a requirement whose checks are not met is RELIEVED while
   * {@code condition} holds on the evidence, up to and including {@code until} when given.
   *
   * @param explanation what the relief is, in words ("until the system's next renewal")
   * @param until the last day of the relief, if the source gives one
   * @param condition the relief's condition over the evidence, in words
   */
  public record Relief(String explanation, Optional<LocalDate> until, String condition) {
    public Relief {
      Objects.requireNonNull(explanation, "explanation is null");
      Objects.requireNonNull(until, "until is null");
      Objects.requireNonNull(condition, "condition is null");
    }

    /** Whether the relief's time has run out on {@code asOf} (its condition is then not consulted). */
    public boolean endedBy(LocalDate asOf) {
      return until.isPresent() && asOf.isAfter(until.get());
    }
  }

  /**
   * The requirement gives way to {@code successor} on day {@code on}: from that day on it is NOT_APPLICABLE and
   * its verdict names the successor.
   */
  public record Supersession(LocalDate on, ClauseRef successor) {
    public Supersession {
      Objects.requireNonNull(on, "on is null");
      Objects.requireNonNull(successor, "successor is null");
    }
  }
}
