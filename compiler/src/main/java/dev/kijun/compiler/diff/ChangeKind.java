package dev.kijun.compiler.diff;

import java.util.Locale;

/** The classes a clause change can carry; one change may carry several. Declaration order is display order. */
public enum ChangeKind {
  /** The clause id changed, or the mapping says {@code renumbered}. */
  RENUMBERED,
  /** The enclosing structure changed (other number and other title), or the mapping says {@code moved}. */
  MOVED,
  /** One source clause became several target clauses, or the mapping says {@code split-into}. */
  SPLIT,
  /** Several source clauses became one target clause, or the mapping says {@code merged-from}. */
  MERGED,
  /**
   * The target asks for more: recommended → mandatory, {@code subset-of}, review → automated, fewer allowed values,
   * a tighter bound (a patch age of 30 days instead of 90).
   */
  STRENGTHENED,
  /** The target asks for less: the opposites of {@link #STRENGTHENED}. */
  WEAKENED,
  /** The automated checks differ in a way whose direction is not read from the model (shown side by side). */
  CHECK_CHANGED,
  /**
   * The official wording changed: only where the mapping line, which cites its source, says {@code reworded}, and
   * both sides were read. Never inferred from our own summaries.
   */
  REWORDED,
  /** Our own summary (a paraphrase, not the official text) was edited; says nothing about the guideline. */
  SUMMARY_EDITED,
  /** A side is a stub whose text was not read: no claim about its wording or checks is made. */
  NOT_READ,
  /** When the clause is in force changed: its effective day, relief, supersession or a check's own day. */
  REDATED,
  /** A target clause without predecessor ({@code new}). */
  NEW,
  /** A {@code new} target clause that is a stub: presumed new, its text was not read. */
  PRESUMED_NEW,
  /** A source clause without successor ({@code withdrawn}). */
  WITHDRAWN;

  /** The lowercase, hyphenated spelling used in every rendering, e.g. {@code summary-edited}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
