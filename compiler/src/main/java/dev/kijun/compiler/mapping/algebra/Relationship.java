package dev.kijun.compiler.mapping.algebra;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six named relationships of NIST IR 8477 / the OSCAL mapping model, as written in mapping files, each with
 * its set semantics. Every one of them denotes exactly one {@link BaseRelation}; {@link #EQUAL} and
 * {@link #EQUIVALENT} denote the same one ({@code EQ}) and differ only in the wording flag.
 *
 * <p>{@link #SUBSET_OF} and {@link #SUPERSET_OF} are <em>proper</em> (as in IR 8477): a source that asks for
 * exactly what the target asks for is {@code equal} or {@code equivalent}, never {@code subset-of}.
 */
public enum Relationship {
  /** Same content, same words: {@code {EQ}}, with identical wording. */
  EQUAL("equal", BaseRelation.EQ, true),
  /** Same content, different words: {@code {EQ}}, wording not known to be identical. */
  EQUIVALENT("equivalent", BaseRelation.EQ, false),
  /** The source asks for strictly less than the target: {@code {PP}}. */
  SUBSET_OF("subset-of", BaseRelation.PP, false),
  /** The source asks for strictly more than the target: {@code {PPi}}. */
  SUPERSET_OF("superset-of", BaseRelation.PPI, false),
  /** The two overlap, and neither contains the other: {@code {PO}}. */
  INTERSECTS_WITH("intersects-with", BaseRelation.PO, false),
  /** The two have nothing in common: {@code {DR}}. */
  NO_RELATIONSHIP("no-relationship", BaseRelation.DR, false);

  private final String keyword;
  private final BaseRelation base;
  private final boolean sameWording;

  Relationship(String keyword, BaseRelation base, boolean sameWording) {
    this.keyword = keyword;
    this.base = base;
    this.sameWording = sameWording;
  }

  /** The keyword used in mapping files, e.g. {@code intersects-with}. */
  public String keyword() {
    return keyword;
  }

  /** The base relation this relationship asserts. */
  public BaseRelation base() {
    return base;
  }

  /** The set semantics: the one-element relation {@code {base()}}. */
  public Relation relation() {
    return Relation.of(base);
  }

  /** True only for {@link #EQUAL}: the two clauses are worded identically. */
  public boolean sameWording() {
    return sameWording;
  }

  /** The relationship read right to left: swaps subset-of and superset-of, keeps the others (and the flag). */
  public Relationship inverse() {
    switch (this) {
      case SUBSET_OF:
        return SUPERSET_OF;
      case SUPERSET_OF:
        return SUBSET_OF;
      default:
        return this;
    }
  }

  /** The relationship for a base relation; {@code EQ} maps to {@link #EQUAL} or {@link #EQUIVALENT} by the flag. */
  public static Relationship of(BaseRelation base, boolean sameWording) {
    if (base == BaseRelation.EQ) {
      return sameWording ? EQUAL : EQUIVALENT;
    }
    return Arrays.stream(values()).filter(r -> r.base == base).findFirst().orElseThrow();
  }

  /** The relationship with the given mapping-file keyword, if any. */
  public static Optional<Relationship> fromKeyword(String keyword) {
    return Arrays.stream(values()).filter(r -> r.keyword.equals(keyword)).findFirst();
  }
}
