package dev.kijun.compiler.migrate;

import dev.kijun.runtime.Outcome;
import java.util.Locale;
import java.util.Optional;

/**
 * What an assessment says about one source clause, reduced to what migration can use: satisfied (verdict
 * {@code satisfied}, answer {@code yes}), not satisfied ({@code not-satisfied}, {@code no}), not applicable, or open
 * (needs review, evidence missing, waived, no answer at all).
 */
public enum SourceResult {
  SATISFIED, NOT_SATISFIED, NOT_APPLICABLE, OPEN;

  /** {@code satisfied}, {@code not-satisfied}, {@code not-applicable} or {@code open}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The answer spelling of evidence files: {@code yes}, {@code no}, {@code not-applicable}; open is {@code no answer}. */
  public String answerWord() {
    switch (this) {
      case SATISFIED: return "yes";
      case NOT_SATISFIED: return "no";
      case NOT_APPLICABLE: return "not-applicable";
      default: return "no answer";
    }
  }

  /** The verdict outcome this result stands for; open results have none. */
  public Optional<Outcome> outcome() {
    switch (this) {
      case SATISFIED: return Optional.of(Outcome.SATISFIED);
      case NOT_SATISFIED: return Optional.of(Outcome.NOT_SATISFIED);
      case NOT_APPLICABLE: return Optional.of(Outcome.NOT_APPLICABLE);
      default: return Optional.empty();
    }
  }

  /** A verdict outcome as a result: waived, needs review and evidence missing are open (a waiver belongs to one requirement). */
  public static SourceResult of(Outcome o) {
    switch (o) {
      case SATISFIED: return SATISFIED;
      case NOT_SATISFIED: return NOT_SATISFIED;
      case NOT_APPLICABLE: return NOT_APPLICABLE;
      default: return OPEN;
    }
  }

  /** An evidence-file answer ({@code yes}, {@code no}, {@code not-applicable}); empty for anything else. */
  public static Optional<SourceResult> ofAnswer(String answer) {
    switch (answer) {
      case "yes": return Optional.of(SATISFIED);
      case "no": return Optional.of(NOT_SATISFIED);
      case "not-applicable": return Optional.of(NOT_APPLICABLE);
      default: return Optional.empty();
    }
  }
}
