package dev.kijun.runtime.eval;

import dev.kijun.runtime.Dates;
import java.time.LocalDate;

/**
 * The reasons given for verdicts that depend on the assessment date (docs/language.md, "Dated obligations"). Shared
 * by the generated validators and the interpreter, so both explain a dated verdict in the same words.
 */
public final class DatedWords {
  private DatedWords() {}

  /** A requirement not yet in force on {@code asOf}. */
  public static String notYetInForce(LocalDate from, LocalDate asOf) {
    return "in force from " + from + "; not yet on the assessment date " + asOf;
  }

  /** One check not yet in force on {@code asOf}. */
  public static String checkNotYetInForce(LocalDate from, LocalDate asOf) {
    return "this check is in force from " + IsoDate.format(from) + "; not yet on the assessment date "
        + IsoDate.format(asOf);
  }

  /** A requirement superseded on or before {@code asOf}. */
  public static String superseded(Dates.Supersession s, LocalDate asOf) {
    return "superseded on " + s.on() + " by " + s.successor() + " (assessment date " + asOf
        + "); the successor's verdict is the one that counts";
  }

  /** A requirement whose checks are not met, under its transitional relief, which started on {@code start}. */
  public static String relieved(LocalDate start, Dates.Relief relief) {
    return "its checks are not met, but it is under transitional relief " + relief.explanation() + term(start, relief)
        + ", and the relief's condition holds (" + relief.condition() + ")";
  }

  /** A requirement whose checks are not met and whose relief cannot be decided ({@code undecided}: why). */
  public static String reliefUndecided(LocalDate start, Dates.Relief relief, String undecided) {
    return "its checks are not met, and whether its transitional relief " + relief.explanation() + term(start, relief)
        + " holds cannot be decided (" + relief.condition() + "); " + undecided;
  }

  private static String term(LocalDate start, Dates.Relief relief) {
    return " (from " + start + relief.until().map(d -> ", at the latest until " + d).orElse("") + ")";
  }
}
