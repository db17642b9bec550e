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
  /** The target asks for more: recommended → mandatory, {@code subset-of}, review → automated, fewer allowed values. */
  STRENGTHENED,
  /** The target asks for less: the opposites of {@link #STRENGTHENED}. */
  WEAKENED,
  /** Same content in other words: {@code equivalent}, the {@code reworded} fact, or changed summaries under {@code equal}. */
  REWORDED,
  /** When the clause is in force changed: its effective day, relief, supersession or a check's own day. */
  REDATED,
  /** A target clause without predecessor ({@code new}). */
  NEW,
  /** A source clause without successor ({@code withdrawn}). */
  WITHDRAWN;

  /** The lowercase spelling used in every rendering, e.g. {@code strengthened}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }
}
