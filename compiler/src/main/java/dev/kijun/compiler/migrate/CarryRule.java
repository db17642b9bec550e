package dev.kijun.compiler.migrate;

import dev.kijun.compiler.mapping.algebra.Relationship;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The migration rules: what one mapping pair {@code source r target} does with the source's result, and how the
 * steps of several sources of one target combine. A clause is read as the set of things it demands
 * ({@code source subset-of target}: the target demands everything the source does, and more).
 *
 * <p><b>One pair</b> (rows: relationship; columns: the source's result):
 * <pre>
 * relationship        | satisfied                  | not-satisfied            | not-applicable    | open
 * --------------------+----------------------------+--------------------------+-------------------+----------
 * equal, equivalent   | carried: satisfied         | carried: not-satisfied   | carried: n/a      | re-assess
 * superset-of         | carried: satisfied         | re-assess                | re-assess         | re-assess
 *  (target asks less) |  (it did more than needed) |  (the failed part may be |                   |
 *                     |                            |   outside the target)    |                   |
 * subset-of           | carried-with-follow-up:    | carried: not-satisfied   | re-assess         | re-assess
 *  (target asks more) |  satisfied, plus a question|  (failing less means     |                   |
 *                     |  on the difference         |   failing more)          |                   |
 * intersects-with     | re-assess                  | re-assess                | re-assess         | re-assess
 * no-relationship     | (ignored: says nothing about the target; a target with no other source is re-assessed)
 * </pre>
 * Not-applicable depends on audience and applicability conditions, which only an equal or equivalent clause is
 * known to share. An open result (needs review, evidence missing, waived, no answer) carries nothing.
 *
 * <p><b>Several sources, one target</b> (merged clauses): the most conservative step wins, in this order: a carried
 * {@code not-satisfied} (each such step is sound on its own, so one failing source fails the target) &gt;
 * {@code re-assess} &gt; {@code carried-with-follow-up} &gt; {@code carried}. Carried steps that disagree (e.g.
 * satisfied and not-applicable) give {@code re-assess}.
 */
public final class CarryRule {
  private CarryRule() {}

  /** The outcome of one pair, or of a combination: a disposition, the result carried (if any) and why. */
  public record Step(Disposition disposition, Optional<SourceResult> carried, String reason) {
    public Step {
      Objects.requireNonNull(disposition, "disposition is null");
      Objects.requireNonNull(carried, "carried is null");
      Objects.requireNonNull(reason, "reason is null");
    }
  }

  /** The step for one pair; {@code no-relationship} gives re-assess (callers leave such pairs out). */
  public static Step step(Relationship r, SourceResult result) {
    switch (r) {
      case EQUAL:
      case EQUIVALENT:
        return result == SourceResult.OPEN ? reassess("no result to carry (" + r.keyword() + ")")
            : carried(result, r.keyword() + ": same content, the result holds");
      case SUPERSET_OF:
        return result == SourceResult.SATISFIED
            ? carried(result, "superset-of: the source asks for more than the target and was satisfied")
            : reassess(result == SourceResult.NOT_SATISFIED
                ? "superset-of: the source asks for more, so its failure may lie outside the target"
                : "superset-of: the broader source's result (" + result.keyword() + ") does not decide the target");
      case SUBSET_OF:
        if (result == SourceResult.SATISFIED) {
          return new Step(Disposition.CARRIED_WITH_FOLLOW_UP, Optional.of(result),
              "subset-of: the target asks for more; the source's result covers only part of it");
        }
        return result == SourceResult.NOT_SATISFIED
            ? carried(result, "subset-of: the source asks for less and already failed, so the stricter target fails")
            : reassess("subset-of: the narrower source's result (" + result.keyword() + ") does not decide the target");
      case INTERSECTS_WITH:
        return reassess("intersects-with: the clauses only overlap");
      default:
        return reassess(r.keyword() + ": nothing carries");
    }
  }

  /**
   * The most conservative of several steps for one target (see the class comment).
   *
   * @throws IllegalArgumentException if {@code steps} is empty
   */
  public static Step combine(List<Step> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("nothing to combine");
    }
    if (steps.size() == 1) {
      return steps.get(0);
    }
    Optional<Step> failed = steps.stream()
        .filter(s -> s.carried().equals(Optional.of(SourceResult.NOT_SATISFIED))).findFirst();
    if (failed.isPresent()) {
      return new Step(Disposition.CARRIED, failed.get().carried(), "one source failed and that carries: "
          + failed.get().reason());
    }
    Optional<Step> reassess = steps.stream().filter(s -> s.disposition() == Disposition.REASSESS).findFirst();
    if (reassess.isPresent()) {
      return new Step(Disposition.REASSESS, Optional.empty(), "one source does not carry: " + reassess.get().reason());
    }
    if (steps.stream().map(Step::carried).distinct().count() > 1) {
      return reassess("the sources' carried results disagree");
    }
    return steps.stream().filter(s -> s.disposition() == Disposition.CARRIED_WITH_FOLLOW_UP).findFirst()
        .orElse(steps.get(0));
  }

  private static Step carried(SourceResult result, String reason) {
    return new Step(Disposition.CARRIED, Optional.of(result), reason);
  }

  private static Step reassess(String reason) {
    return new Step(Disposition.REASSESS, Optional.empty(), reason);
  }
}
