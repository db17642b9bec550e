package dev.kijun.runtime.eval;

import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of evaluating one condition (an automated check or an applicability condition): the assessment,
 * whether waivers may be used, and the observations that explain the condition's {@link Truth}.
 *
 * <p>Generated code keeps one invariant per boolean sub-expression, using {@link #mark()}: after it is evaluated,
 * the observations recorded since its mark are none when it is TRUE; failures (only outside quiet contexts such as
 * filters) and missing values when it is FALSE; missing values only when it is UNKNOWN. Notes on lists with nothing
 * to check are kept apart and only reported when the whole condition holds. Nothing is allocated until something
 * is recorded, so the passing path allocates nothing; paths are joined from their parts only when recorded.
 */
public final class Evaluation {
  private final Assessment<?> assessment;
  private final ClauseRef requirement;
  private final boolean waiversAllowed;
  private ArrayList<Observation> entries;
  private ArrayList<Observation> notes;
  private Set<Waiver> usedWaivers;
  private Set<Waiver> expiredWaivers;

  /** Starts an evaluation of a condition of {@code requirement}. */
  public Evaluation(Assessment<?> assessment, ClauseRef requirement, boolean waiversAllowed) {
    this.assessment = assessment;
    this.requirement = requirement;
    this.waiversAllowed = waiversAllowed;
  }

  /** The assessment date. */
  public LocalDate asOf() {
    return assessment.asOf();
  }

  /** The assessment being evaluated. */
  public Assessment<?> assessment() {
    return assessment;
  }

  // ---------------------------------------------------------------- marks

  /** The current position in the record of observations. */
  public int mark() {
    return entries == null ? 0 : entries.size();
  }

  /** Forgets every observation recorded since {@code mark}. */
  public void reset(int mark) {
    if (entries != null && entries.size() > mark) {
      entries.subList(mark, entries.size()).clear();
    }
  }

  /** Forgets the failures recorded since {@code mark}, keeping missing values and implausible dates. */
  public void dropFailures(int mark) {
    if (entries != null && entries.size() > mark) {
      List<Observation> tail = entries.subList(mark, entries.size());
      tail.removeIf(o -> o.kind() == Kind.FAILED);
    }
  }

  /** Forgets the observations recorded between {@code from} and {@code to}: the left side of a rescued {@code or}. */
  public void cut(int from, int to) {
    if (entries != null && to > from) {
      entries.subList(from, to).clear();
    }
  }

  /**
   * Both sides of an {@code or} failed: the failures of its left side (recorded from {@code from}) and of its right
   * side (from {@code mid}) become what {@link Alternatives#either} lists, in the place of the first; missing values
   * and implausible dates stay as they are.
   */
  public void either(int from, int mid) {
    if (entries == null || entries.size() <= mid || !anyFailure(from, mid) || !anyFailure(mid, entries.size())) {
      return; // nothing to group: checked without allocating, as most or-checks pass or fail on one side only
    }
    List<Observation> left = failures(from, mid);
    List<Observation> right = failures(mid, entries.size());
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    List<Observation> listed = Alternatives.either(left, right);
    int first = from;
    while (entries.get(first).kind() != Kind.FAILED) {
      first++;
    }
    for (int i = entries.size() - 1; i > first; i--) {
      if (entries.get(i).kind() == Kind.FAILED) {
        entries.remove(i);
      }
    }
    entries.remove(first);
    entries.addAll(first, listed);
  }

  private boolean anyFailure(int from, int to) {
    for (int i = from; i < to; i++) {
      if (entries.get(i).kind() == Kind.FAILED) {
        return true;
      }
    }
    return false;
  }

  private List<Observation> failures(int from, int to) {
    List<Observation> out = new ArrayList<>();
    for (Observation o : entries.subList(from, to)) {
      if (o.kind() == Kind.FAILED) {
        out.add(o);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- recording (failure paths only)

  /**
   * Records a value that fails the check. {@code expected} is {@code expectedPrefix} followed by the rendered
   * {@code expectedValue} (nothing when it is null); {@code path} is joined from its parts.
   */
  public void fail(String subjectKind, String subject, Object value, String expectedPrefix, Object expectedValue,
      Object... path) {
    String expected = expectedValue == null ? expectedPrefix : expectedPrefix + Values.render(expectedValue);
    add(new Observation(Kind.FAILED, join(path), subjectKind, nz(subject), Values.render(value), expected));
  }

  /**
   * Records an optional value the check needed and the evidence does not hold; {@code json} is what to write for it
   * (placeholders, enum spellings, a record's required fields).
   */
  public void missing(String subjectKind, String subject, String json, Object... path) {
    add(new Observation(Kind.MISSING, join(path), subjectKind, nz(subject), "", json));
  }

  /** Records a date read from evidence that lies after the assessment date. */
  public void implausible(LocalDate date, String subjectKind, String subject, Object... path) {
    add(new Observation(Kind.IMPLAUSIBLE, join(path), subjectKind, nz(subject), date.toString(),
        "on or before " + asOf()));
  }

  /** Notes a {@code forall} over a list with nothing to check; {@code filter} is its condition as written. */
  public void vacuous(int size, String filter, String subjectKind, String subject, Object... path) {
    if (notes == null) {
      notes = new ArrayList<>();
    }
    notes.add(new Observation(Kind.VACUOUS, join(path), subjectKind, nz(subject), Integer.toString(size), filter));
  }

  private void add(Observation o) {
    if (entries == null) {
      entries = new ArrayList<>();
    }
    entries.add(o);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String join(Object[] parts) {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      sb.append(p);
    }
    return sb.toString();
  }

  /** Every observation recorded and not forgotten, in order. */
  public List<Observation> observations() {
    return entries == null ? List.of() : List.copyOf(entries);
  }

  /** The notes on lists with nothing to check, in order. */
  public List<Observation> notes() {
    return notes == null ? List.of() : List.copyOf(notes);
  }

  // ---------------------------------------------------------------- answers and waivers

  /**
   * The recorded answer to a question, or null after recording why it cannot be used: no answer, or an answer
   * checked after the assessment date.
   */
  public AnswerValue answerValue(ClauseRef clause) {
    Answer a = assessment.answers().get(clause);
    if (a == null) {
      add(new Observation(Kind.MISSING, Questions.path(clause), "", "", "", "an answer"));
      return null;
    }
    if (a.checkedOn().isAfter(asOf())) {
      implausible(a.checkedOn(), "", "", Questions.path(clause), ".checkedOn");
      return null;
    }
    return a.answer();
  }

  /**
   * True when waivers are allowed in this pass and the evidence holds an unexpired waiver {@code name} of this
   * requirement for {@code subject}. Expired matching waivers are remembered so the finding can say so.
   */
  public boolean waived(String name, String subject) {
    for (Waiver w : assessment.waivers()) {
      if (w.requirement().equals(requirement) && w.waiver().equals(name) && w.subject().equals(subject)) {
        if (!w.activeOn(assessment.asOf())) {
          if (expiredWaivers == null) {
            expiredWaivers = new LinkedHashSet<>();
          }
          expiredWaivers.add(w);
          continue;
        }
        if (waiversAllowed) {
          if (usedWaivers == null) {
            usedWaivers = new LinkedHashSet<>();
          }
          usedWaivers.add(w);
          return true;
        }
      }
    }
    return false;
  }

  /** Records that no usable waiver covers {@code subject}; only in the pass where waivers count. */
  public void noWaiver(String name, String subject) {
    if (waiversAllowed) {
      add(new Observation(Kind.FAILED, "waivers", "", "", "", "an unexpired waiver `" + name + "` for `" + subject
          + "`"));
    }
  }

  /** Waivers that made sub-expressions true in this pass, in the order first used. */
  public List<Waiver> usedWaivers() {
    return usedWaivers == null ? List.of() : List.copyOf(usedWaivers);
  }

  /** Waivers that matched but had expired. */
  public List<Waiver> expiredWaivers() {
    return expiredWaivers == null ? List.of() : List.copyOf(expiredWaivers);
  }
}
