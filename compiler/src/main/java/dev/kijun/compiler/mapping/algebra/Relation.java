package dev.kijun.compiler.mapping.algebra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A general relation between two clauses: a set of {@link BaseRelation}s, read as a disjunction ("one of these
 * holds"). There are 32 values. The empty relation means the known facts are inconsistent; the full relation
 * ({@link #UNIVERSAL}) means nothing is known.
 *
 * @param mask bit {@code i} is set when {@code BaseRelation.values()[i]} is a member; {@code 0 <= mask < 32}
 */
public record Relation(int mask) {
  private static final int FULL = (1 << BaseRelation.values().length) - 1;

  /** No base relation is possible: the facts contradict each other. */
  public static final Relation EMPTY = new Relation(0);

  /** Every base relation is possible: the relationship is undetermined. */
  public static final Relation UNIVERSAL = new Relation(FULL);

  /** Validates the mask. */
  public Relation {
    // INVARIANT: only the five low bits may be set.
    if ((mask & ~FULL) != 0) {
      throw new IllegalArgumentException("not a relation mask: " + mask);
    }
  }

  /** The relation holding exactly the given base relations. */
  public static Relation of(BaseRelation... bases) {
    return of(List.of(bases));
  }

  /** The relation holding exactly the given base relations. */
  public static Relation of(Collection<BaseRelation> bases) {
    int m = 0;
    for (BaseRelation b : bases) {
      m |= b.bit();
    }
    return new Relation(m);
  }

  /** All 32 relations, in mask order (the empty relation first, {@link #UNIVERSAL} last). */
  public static List<Relation> all() {
    List<Relation> out = new ArrayList<>(FULL + 1);
    for (int m = 0; m <= FULL; m++) {
      out.add(new Relation(m));
    }
    return Collections.unmodifiableList(out);
  }

  /** True when {@code base} is one of the possibilities. */
  public boolean contains(BaseRelation base) {
    return (mask & base.bit()) != 0;
  }

  /** The member base relations, in enum order. */
  public Set<BaseRelation> bases() {
    EnumSet<BaseRelation> out = EnumSet.noneOf(BaseRelation.class);
    for (BaseRelation b : BaseRelation.values()) {
      if (contains(b)) {
        out.add(b);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The number of possibilities. */
  public int size() {
    return Integer.bitCount(mask);
  }

  /** True for the empty (inconsistent) relation. */
  public boolean isEmpty() {
    return mask == 0;
  }

  /** True when exactly one base relation is possible. */
  public boolean isDetermined() {
    return size() == 1;
  }

  /** The single base relation, when {@link #isDetermined()}. */
  public Optional<BaseRelation> single() {
    return isDetermined() ? Optional.of(BaseRelation.values()[Integer.numberOfTrailingZeros(mask)]) : Optional.empty();
  }

  /** The converse: {@code Y r⁻¹ X} exactly when {@code X r Y}. Swaps {@code PP} and {@code PPi}. */
  public Relation inverse() {
    int m = 0;
    for (BaseRelation b : bases()) {
      m |= b.inverse().bit();
    }
    return new Relation(m);
  }

  /** The possibilities allowed by both relations (combining two independent derivations of the same pair). */
  public Relation intersect(Relation other) {
    return new Relation(mask & other.mask);
  }

  /** The possibilities allowed by either relation. */
  public Relation union(Relation other) {
    return new Relation(mask | other.mask);
  }

  /** True when every possibility of this relation is also one of {@code other}. */
  public boolean isSubsetOf(Relation other) {
    return (mask & ~other.mask) == 0;
  }

  /**
   * A user-facing description: the keyword when exactly one base relation is possible ({@code subset-of}),
   * {@code one of {equal, subset-of}} for two to four, {@code undetermined} for all five and {@code inconsistent}
   * for none.
   */
  public String describe() {
    if (isEmpty()) {
      return "inconsistent";
    }
    if (equals(UNIVERSAL)) {
      return "undetermined";
    }
    if (isDetermined()) {
      return single().orElseThrow().keyword();
    }
    StringJoiner j = new StringJoiner(", ", "one of {", "}");
    bases().forEach(b -> j.add(b.keyword()));
    return j.toString();
  }

  /** Set notation over RCC5 symbols, e.g. {@code {EQ, PP}}. */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    bases().forEach(b -> j.add(b.symbol()));
    return j.toString();
  }
}
