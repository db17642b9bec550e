package dev.kijun.compiler.mapping.algebra;

import java.util.ArrayList;
import java.util.List;

/**
 * A derived relationship as shown to users. It is {@link Determined} only when exactly one base relation is
 * possible; otherwise it is {@link Undetermined} and lists every candidate, or {@link Inconsistent} when the facts
 * contradict each other. A result is never collapsed to a single guess.
 */
public sealed interface CompositionResult
    permits CompositionResult.Determined, CompositionResult.Undetermined, CompositionResult.Inconsistent {

  /** The underlying set of possible base relations. */
  Relation relation();

  /** One line for users, e.g. {@code subset-of} or {@code undetermined: equal, subset-of or intersects-with}. */
  String describe();

  /** True when exactly one relationship is possible. */
  default boolean isDetermined() {
    return relation().isDetermined();
  }

  /**
   * True when a directly written {@code relationship} agrees with this result, i.e. its base relation is one of
   * the candidates. Only set semantics is compared: {@code equal} and {@code equivalent} both agree with {@code EQ}.
   */
  default boolean admits(Relationship relationship) {
    return relation().contains(relationship.base());
  }

  /** True when identical wording is known: only a determined {@code equal}. */
  default boolean sameWording() {
    return false;
  }

  /**
   * Combines two independent derivations of the same pair (for example a direct mapping and a chain, or two
   * chains): the candidates allowed by both. Identical wording is kept when either derivation knows it.
   */
  default CompositionResult and(CompositionResult other) {
    return of(relation().intersect(other.relation()), sameWording() || other.sameWording());
  }

  /**
   * Classifies a relation.
   *
   * @param sameWording whether identical wording is known (every step was {@code equal}); it only decides between
   *     {@code equal} and {@code equivalent} for a determined {@code EQ}
   */
  static CompositionResult of(Relation relation, boolean sameWording) {
    if (relation.isEmpty()) {
      return new Inconsistent();
    }
    if (relation.isDetermined()) {
      return new Determined(Relationship.of(relation.single().orElseThrow(), sameWording));
    }
    return new Undetermined(relation);
  }

  /**
   * Exactly one relationship is possible.
   *
   * @param relationship the named relationship; {@code equal} only when identical wording is known
   */
  record Determined(Relationship relationship) implements CompositionResult {
    @Override
    public Relation relation() {
      return relationship.relation();
    }

    @Override
    public String describe() {
      return relationship.keyword();
    }

    @Override
    public boolean sameWording() {
      return relationship.sameWording();
    }
  }

  /**
   * Two or more relationships remain possible.
   *
   * @param candidates at least two base relations
   */
  record Undetermined(Relation candidates) implements CompositionResult {
    /** Validates that more than one candidate remains. */
    public Undetermined {
      if (candidates.size() < 2) {
        throw new IllegalArgumentException("undetermined needs two or more candidates: " + candidates);
      }
    }

    @Override
    public Relation relation() {
      return candidates;
    }

    /** {@code undetermined: a, b or c}; the {@code EQ} candidate is spelled {@code equal} (or equivalent). */
    @Override
    public String describe() {
      List<String> names = new ArrayList<>();
      candidates.bases().forEach(b -> names.add(b.keyword()));
      String last = names.remove(names.size() - 1);
      String list = String.join(", ", names) + " or " + last;
      return candidates.equals(Relation.UNIVERSAL) ? "undetermined: any relationship (" + list + ")"
          : "undetermined: " + list;
    }
  }

  /** No relationship is possible: the facts contradict each other. */
  record Inconsistent() implements CompositionResult {
    @Override
    public Relation relation() {
      return Relation.EMPTY;
    }

    @Override
    public String describe() {
      return "inconsistent: no relationship satisfies every derivation";
    }
  }
}
