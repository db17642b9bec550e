/**
 * The relation algebra for edition mappings: inverse-consistency and sound composition of the NIST IR 8477 / OSCAL
 * set-theory relationships along chains of editions (5.2 → 6.0 → 7.0).
 *
 * <p><b>Semantics.</b> A clause is a non-empty set (of the situations or controls it demands). Between two
 * non-empty sets exactly one of five {@link dev.kijun.compiler.mapping.algebra.BaseRelation}s holds (RCC5):
 * {@code EQ}, {@code PP} (proper subset), {@code PPi} (proper superset), {@code PO} (overlap, neither contains the
 * other), {@code DR} (disjoint). A {@link dev.kijun.compiler.mapping.algebra.Relation} is a set of base relations
 * (32 values; empty = inconsistent, all five = undetermined). The named
 * {@link dev.kijun.compiler.mapping.algebra.Relationship}s each denote one base relation: {@code equal} and
 * {@code equivalent} → {@code EQ} (they differ only in a wording flag), {@code subset-of} → {@code PP} (proper,
 * as in IR 8477), {@code superset-of} → {@code PPi}, {@code intersects-with} → {@code PO},
 * {@code no-relationship} → {@code DR}. Empty sets are outside the model: a clause that demands nothing is
 * {@code withdrawn} or {@code new}, not mapped.
 *
 * <p><b>Named compositions</b> ({@code A r B}, {@code B s C} ⇒ {@code A ? C}; rows {@code r}, columns {@code s};
 * "equal" stands for {@code equal} and {@code equivalent}, which are the identity; "any" means undetermined among
 * all five). The table is derived by brute force from set semantics in
 * {@link dev.kijun.compiler.mapping.algebra.CompositionTable} and checked exhaustively by the tests.
 * <pre>
 * r \ s           | subset-of          | superset-of          | intersects-with    | no-relationship
 * ----------------+--------------------+----------------------+--------------------+--------------------
 * equal           | subset-of          | superset-of          | intersects-with    | no-relationship
 * subset-of       | subset-of          | any                  | subset-of,         | no-relationship
 *                 |                    |                      |  intersects-with   |
 *                 |                    |                      |  or no-relationship|
 * superset-of     | equal, subset-of,  | superset-of          | superset-of or     | superset-of,
 *                 |  superset-of or    |                      |  intersects-with   |  intersects-with
 *                 |  intersects-with   |                      |                    |  or no-relationship
 * intersects-with | subset-of or       | superset-of,         | any                | superset-of,
 *                 |  intersects-with   |  intersects-with     |                    |  intersects-with
 *                 |                    |  or no-relationship  |                    |  or no-relationship
 * no-relationship | subset-of,         | no-relationship      | subset-of,         | any
 *                 |  intersects-with   |                      |  intersects-with   |
 *                 |  or no-relationship|                      |  or no-relationship|
 * </pre>
 * Note the asymmetry: {@code subset-of ∘ superset-of} is fully undetermined (two proper subsets of one clause may
 * be equal, nested, overlapping or disjoint), while {@code superset-of ∘ subset-of} excludes
 * {@code no-relationship} (both contain the middle clause, so they share it).
 *
 * <p><b>Laws</b> (all checked exhaustively over the 32 relations): composition is associative, {@code {EQ}} is its
 * two-sided identity, it distributes over union, {@code (r∘s)⁻¹ = s⁻¹∘r⁻¹}, and the cycle law
 * {@code c ∈ a∘b ⇔ b ∈ a⁻¹∘c ⇔ a ∈ c∘b⁻¹} holds on base relations, so the table forms a relation algebra.
 */
package dev.kijun.compiler.mapping.algebra;
