package dev.kijun.compiler.mapping.algebra;

import java.util.Set;

/**
 * The five base relations between two <em>non-empty</em> sets (RCC5): exactly one of them holds for any pair.
 *
 * <p>Clauses are modelled as sets of the situations or controls they demand. Base relations are only defined for
 * non-empty sets: with an empty set {@code X}, both {@code X ⊆ Y} and {@code X ∩ Y = ∅} hold, so the five cases
 * would no longer be jointly exhaustive and pairwise disjoint. A clause that demands nothing is not mapped; it is
 * {@code withdrawn} or {@code new}. {@link #between(Set, Set)} therefore rejects empty sets.
 */
public enum BaseRelation {
  /** {@code X = Y}. */
  EQ("EQ", "equal"),
  /** {@code X ⊊ Y}: proper part (proper subset). */
  PP("PP", "subset-of"),
  /** {@code X ⊋ Y}: inverse of proper part (proper superset). */
  PPI("PPi", "superset-of"),
  /** Partial overlap: {@code X ∩ Y ≠ ∅}, and neither contains the other. */
  PO("PO", "intersects-with"),
  /** Discrete: {@code X ∩ Y = ∅}. */
  DR("DR", "no-relationship");

  private final String symbol;
  private final String keyword;

  BaseRelation(String symbol, String keyword) {
    this.symbol = symbol;
    this.keyword = keyword;
  }

  /** The RCC5 symbol, as used in the composition table: {@code EQ, PP, PPi, PO, DR}. */
  public String symbol() {
    return symbol;
  }

  /**
   * The user-facing (IR 8477) keyword of this relation. {@link #EQ} is spelled {@code equal} here; whether the
   * wording is also identical is tracked by {@link Relationship}, not by set semantics.
   */
  public String keyword() {
    return keyword;
  }

  /** The relation that holds from {@code Y} to {@code X} when this one holds from {@code X} to {@code Y}. */
  public BaseRelation inverse() {
    switch (this) {
      case PP:
        return PPI;
      case PPI:
        return PP;
      default:
        return this;
    }
  }

  /** This relation as a one-element {@link Relation}. */
  public Relation asRelation() {
    return Relation.of(this);
  }

  int bit() {
    return 1 << ordinal();
  }

  /**
   * The base relation between two non-empty sets.
   *
   * @throws IllegalArgumentException if either set is empty
   */
  public static BaseRelation between(Set<?> x, Set<?> y) {
    if (x.isEmpty() || y.isEmpty()) {
      throw new IllegalArgumentException("base relations are defined for non-empty sets only");
    }
    boolean xInY = y.containsAll(x);
    boolean yInX = x.containsAll(y);
    if (xInY && yInX) {
      return EQ;
    }
    if (xInY) {
      return PP;
    }
    if (yInX) {
      return PPI;
    }
    return x.stream().anyMatch(y::contains) ? PO : DR;
  }
}
