package dev.kijun.compiler.mapping.algebra;

/**
 * The RCC5 composition table, <em>derived</em> from set semantics rather than written by hand.
 *
 * <p>{@code of(a, b)} is the set of base relations {@code c} such that some non-empty sets {@code X, Y, Z} have
 * {@code X a Y}, {@code Y b Z} and {@code X c Z}. The table is computed once, at class initialisation, by
 * enumerating every triple of non-empty subsets of a universe of {@value #UNIVERSE} elements (15 subsets, 3,375
 * triples).
 *
 * <p><b>Why four elements suffice.</b> Up to renaming elements, three sets {@code X, Y, Z} are characterised by
 * which of their seven Venn regions ({@code X∖(Y∪Z)}, {@code (X∩Y)∖Z}, …, {@code X∩Y∩Z}) are non-empty, and the
 * three base relations depend only on that pattern (e.g. {@code X–Y} only on whether {@code X∖Y}, {@code Y∖X} and
 * {@code X∩Y} are non-empty). One element per non-empty region realises a pattern, so the 127 patterns yield every
 * realisable triple {@code (X–Y, Y–Z, X–Z)} over any universe, finite or not. Checking all of them shows that
 * every realisable triple is realised by some pattern with at most four non-empty regions, hence within four
 * elements (the test {@code CompositionTableTest} does this check). Four is also necessary: {@code X PO Y},
 * {@code Y PO Z}, {@code X DR Z} needs the regions {@code X} only, {@code X∩Y} only, {@code Y∩Z} only and
 * {@code Z} only, so a 3-element universe misses {@code DR ∈ PO∘PO}. Empirically, too, a 5-element universe adds
 * no entry.
 *
 * <pre>
 * X–Y \ Y–Z | EQ   | PP               | PPi              | PO               | DR
 * ----------+------+------------------+------------------+------------------+-----------------
 * EQ        | EQ   | PP               | PPi              | PO               | DR
 * PP        | PP   | PP               | any              | PP, PO, DR       | DR
 * PPi       | PPi  | EQ, PP, PPi, PO  | PPi              | PPi, PO          | PPi, PO, DR
 * PO        | PO   | PP, PO           | PPi, PO, DR      | any              | PPi, PO, DR
 * DR        | DR   | PP, PO, DR       | DR               | PP, PO, DR       | any
 * </pre>
 * ("any" = all five.) The test suite asserts that the derived table renders exactly as above.
 */
public final class CompositionTable {
  /** The universe size used for the production derivation. */
  public static final int UNIVERSE = 4;

  private static final int[][] TABLE = derive(UNIVERSE);

  private CompositionTable() {}

  /** The possible relations between {@code X} and {@code Z} given {@code X a Y} and {@code Y b Z}. */
  public static Relation of(BaseRelation a, BaseRelation b) {
    return new Relation(TABLE[a.ordinal()][b.ordinal()]);
  }

  /**
   * Derives the table by brute force over all triples of non-empty subsets of {@code {0, …, n-1}}.
   *
   * @return {@code result[a][b]} is the relation mask for base relations with ordinals {@code a, b}
   */
  static int[][] derive(int n) {
    if (n < 1 || n > 8) {
      throw new IllegalArgumentException("universe size out of range: " + n);
    }
    int subsets = (1 << n) - 1;
    int size = BaseRelation.values().length;
    int[][] rel = new int[subsets + 1][subsets + 1];
    for (int x = 1; x <= subsets; x++) {
      for (int y = 1; y <= subsets; y++) {
        rel[x][y] = classify(x, y).ordinal();
      }
    }
    int[][] out = new int[size][size];
    for (int x = 1; x <= subsets; x++) {
      for (int y = 1; y <= subsets; y++) {
        for (int z = 1; z <= subsets; z++) {
          out[rel[x][y]][rel[y][z]] |= 1 << rel[x][z];
        }
      }
    }
    return out;
  }

  /** The base relation between two non-empty sets given as bit masks. */
  static BaseRelation classify(int x, int y) {
    if ((x & y) == 0) {
      return BaseRelation.DR;
    }
    if (x == y) {
      return BaseRelation.EQ;
    }
    if ((x & ~y) == 0) {
      return BaseRelation.PP;
    }
    if ((y & ~x) == 0) {
      return BaseRelation.PPI;
    }
    return BaseRelation.PO;
  }

  /** The table as fixed-width text, rows {@code X–Y}, columns {@code Y–Z}; "any" stands for all five. */
  public static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(row("X–Y \\ Y–Z", BaseRelation.values(), null));
    sb.append("----------+------+------------------+------------------+------------------+-----------------\n");
    for (BaseRelation a : BaseRelation.values()) {
      sb.append(row(a.symbol(), BaseRelation.values(), a));
    }
    return sb.toString();
  }

  private static String row(String head, BaseRelation[] columns, BaseRelation a) {
    int[] widths = {4, 16, 16, 16, 0};
    StringBuilder sb = new StringBuilder(pad(head, 9));
    for (int i = 0; i < columns.length; i++) {
      String cell = a == null ? columns[i].symbol() : cell(of(a, columns[i]));
      sb.append(" | ").append(pad(cell, widths[i]));
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static String cell(Relation r) {
    return r.equals(Relation.UNIVERSAL) ? "any" : r.toString().replaceAll("[{}]", "");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
