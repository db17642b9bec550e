package dev.kijun.compiler.mapping.algebra;

import java.util.List;

/**
 * The operations of the mapping relation algebra: converse, composition along a chain of editions, and
 * intersection of independent derivations. All operations are exact with respect to set semantics over non-empty
 * sets (see {@link CompositionTable}); none of them guesses.
 */
public final class RelationAlgebra {
  private RelationAlgebra() {}

  /** The converse relation: {@code Y inverse(r) X} exactly when {@code X r Y}. */
  public static Relation inverse(Relation r) {
    return r.inverse();
  }

  /**
   * The relation between {@code X} and {@code Z} given {@code X r Y} and {@code Y s Z}: the union of the base
   * compositions of every member of {@code r} with every member of {@code s}. Composing with the empty relation
   * gives the empty relation; composing with {@code {EQ}} is the identity.
   */
  public static Relation compose(Relation r, Relation s) {
    Relation out = Relation.EMPTY;
    for (BaseRelation a : r.bases()) {
      for (BaseRelation b : s.bases()) {
        out = out.union(CompositionTable.of(a, b));
      }
    }
    return out;
  }

  /** The relation allowed by both derivations of the same pair; empty means they contradict each other. */
  public static Relation intersect(Relation r, Relation s) {
    return r.intersect(s);
  }

  /**
   * True when a mapping {@code A forward B} and a mapping {@code B backward A} can both hold: {@code forward} and
   * {@code backward⁻¹} share a possibility. For named relationships this means {@code backward} is the inverse of
   * {@code forward} up to wording ({@code equal} and {@code equivalent} are interchangeable).
   */
  public static boolean inverseConsistent(Relation forward, Relation backward) {
    return !forward.intersect(backward.inverse()).isEmpty();
  }

  /**
   * Composes two named relationships ({@code A first B}, {@code B second C}) into a user-facing result for
   * {@code A}–{@code C}. Identical wording is carried only when both steps are {@link Relationship#EQUAL}.
   */
  public static CompositionResult compose(Relationship first, Relationship second) {
    return chain(List.of(first, second));
  }

  /**
   * Composes a non-empty chain of named relationships, e.g. 5.2→6.0 then 6.0→7.0, into a user-facing result for
   * the first and last clause.
   *
   * @throws IllegalArgumentException if the chain is empty
   */
  public static CompositionResult chain(List<Relationship> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a chain needs at least one step");
    }
    Relation r = steps.get(0).relation();
    boolean sameWording = steps.get(0).sameWording();
    for (Relationship step : steps.subList(1, steps.size())) {
      r = compose(r, step.relation());
      sameWording &= step.sameWording();
    }
    return CompositionResult.of(r, sameWording);
  }
}
