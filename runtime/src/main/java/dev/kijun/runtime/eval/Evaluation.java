package dev.kijun.runtime.eval;

import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of evaluating one automated check: the assessment, whether waivers may be used, and the blame trace
 * (the evidence paths that explain why an expression is false).
 *
 * <p>Generated code keeps one invariant: after evaluating a boolean sub-expression, the trace holds new entries
 * only if the sub-expression was false (sub-expressions whose blame is never wanted, such as filters, are emitted
 * without blame calls). Paths are built from parts only when blame is recorded, so the passing path allocates
 * nothing.
 */
public final class Evaluation {
  /** How many failing paths one check records before it only counts. */
  public static final int MAX_BLAME = 20;

  private final Assessment<?> assessment;
  private final ClauseRef requirement;
  private final boolean waiversAllowed;
  private final List<String> blame = new ArrayList<>();
  private int droppedBlame;
  private final Set<Waiver> usedWaivers = new LinkedHashSet<>();
  private final Set<Waiver> expiredWaivers = new LinkedHashSet<>();

  /** Starts an evaluation of a check of {@code requirement}. */
  public Evaluation(Assessment<?> assessment, ClauseRef requirement, boolean waiversAllowed) {
    this.assessment = assessment;
    this.requirement = requirement;
    this.waiversAllowed = waiversAllowed;
  }

  /** The assessment date. */
  public LocalDate asOf() {
    return assessment.asOf();
  }

  /** The assessment being evaluated (answers are read from it). */
  public Assessment<?> assessment() {
    return assessment;
  }

  /** Records one evidence path, joined from its parts (strings and indexes), as a reason the check fails. */
  public void blame(Object... parts) {
    if (blame.size() >= MAX_BLAME) {
      droppedBlame++;
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      sb.append(p);
    }
    String path = sb.toString();
    if (!blame.contains(path)) {
      blame.add(path);
    }
  }

  /** The recorded blame paths, in the order recorded. */
  public List<String> blamedPaths() {
    return List.copyOf(blame);
  }

  /** How many further failing paths were counted but not recorded. */
  public int droppedBlame() {
    return droppedBlame;
  }

  /** Signals that an optional evidence value was absent; never returns. */
  public <T> T absent(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      sb.append(p);
    }
    throw new MissingEvidence(sb.toString());
  }

  /** The recorded answer to a question of this edition; absent answers make the check EVIDENCE_MISSING. */
  public dev.kijun.runtime.evidence.AnswerValue answerValue(ClauseRef clause) {
    return assessment.answer(clause).map(dev.kijun.runtime.evidence.Answer::answer)
        .orElseThrow(() -> new MissingEvidence(Questions.path(clause)));
  }

  /**
   * True when waivers are allowed in this pass and the evidence holds an unexpired waiver {@code name} of this
   * requirement for {@code subject}. Expired matching waivers are remembered so the finding can say so.
   */
  public boolean waived(String name, String subject) {
    for (Waiver w : assessment.waivers()) {
      if (w.requirement().equals(requirement) && w.waiver().equals(name) && w.subject().equals(subject)) {
        if (!w.activeOn(assessment.asOf())) {
          expiredWaivers.add(w);
          continue;
        }
        if (waiversAllowed) {
          usedWaivers.add(w);
          return true;
        }
      }
    }
    return false;
  }

  /** Waivers that made sub-expressions true in this pass, in the order first used. */
  public List<Waiver> usedWaivers() {
    return List.copyOf(usedWaivers);
  }

  /** Waivers that matched but had expired. */
  public List<Waiver> expiredWaivers() {
    return List.copyOf(expiredWaivers);
  }
}
