package dev.kijun.runtime.eval;

import dev.kijun.runtime.Observation;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Waiver;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of automated checks shared between requirements (of one edition or of several) that evaluate the same
 * assessment with the same generated code. Editions repeat checks: the patch-age, credential-uniqueness and
 * factory-default checks appear in five or six of the bundled editions, and validating every edition used to walk the
 * devices once for each. The compiler gives a check a key ({@link GeneratedValidator#sharedKey}) only when its code
 * reads nothing but the evidence facts and the assessment date (no answer, waiver, clause or class-local value), and
 * the key is a digest of that code and the evidence type; so two checks with one key compute the same result on the
 * same facts and date, and the second one reuses the first one's truth and observations.
 *
 * <p>One assessment is remembered per thread (its facts by identity, weakly, and its date); validating another one
 * starts afresh. Results with many observations are not kept, so a large failing file is not held in memory.
 */
final class SharedChecks {
  /** Results with more observations than this are recomputed rather than kept. */
  static final int MAX_KEPT_OBSERVATIONS = 1_000;

  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private SharedChecks() {}

  /** The strict evaluation of one automated check: what {@link GeneratedValidator} builds its finding from. */
  record Result(Truth truth, List<Observation> observations, List<Observation> notes, List<Waiver> expiredWaivers) {}

  private static final class Context {
    final WeakReference<Object> facts;
    final LocalDate asOf;
    final Map<String, Result> results = new HashMap<>();

    Context(Assessment<?> a) {
      this.facts = new WeakReference<>(a.facts());
      this.asOf = a.asOf();
    }

    boolean holds(Assessment<?> a) {
      return facts.get() == a.facts() && asOf.equals(a.asOf());
    }
  }

  /** The result kept for {@code key} on this assessment, or null. */
  static Result lookup(Assessment<?> a, String key) {
    Context c = CURRENT.get();
    return c != null && c.holds(a) ? c.results.get(key) : null;
  }

  /** Keeps {@code result} for {@code key} on this assessment, forgetting any other assessment's results. */
  static void keep(Assessment<?> a, String key, Result result) {
    if (result.observations().size() + result.notes().size() > MAX_KEPT_OBSERVATIONS) {
      return;
    }
    Context c = CURRENT.get();
    if (c == null || !c.holds(a)) {
      c = new Context(a);
      CURRENT.set(c);
    }
    c.results.put(key, result);
  }
}
