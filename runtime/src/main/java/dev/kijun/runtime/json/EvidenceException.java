package dev.kijun.runtime.json;

import java.util.List;

/**
 * An evidence file was rejected as a whole. It is checked because bad evidence is an expected user mistake that
 * every caller must turn into messages (the CLI prints {@link #problems()} and exits with code 2); it carries no
 * stack trace worth showing.
 */
public final class EvidenceException extends Exception {
  private static final long serialVersionUID = 1L;

  // Transient: exceptions are Serializable but nobody ships this one across a wire; the list is immutable.
  private final transient List<EvidenceProblem> problems;

  /** Creates the exception for one or more problems, in the order found (document order). */
  public EvidenceException(List<EvidenceProblem> problems) {
    super(summary(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order; never empty. */
  public List<EvidenceProblem> problems() {
    return problems;
  }

  private static String summary(List<EvidenceProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an evidence exception needs at least one problem");
    }
    String first = problems.get(0).render();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
