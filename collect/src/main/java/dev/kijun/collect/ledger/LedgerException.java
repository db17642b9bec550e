package dev.kijun.collect.ledger;

import java.util.List;

/** Input that cannot be used, with every problem found, each naming its file and, where it has one, its cell. */
public final class LedgerException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public LedgerException(List<String> problems) {
    super(problems.isEmpty() ? "bad input" : problems.get(0), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public LedgerException(String problem) {
    this(List.of(problem));
  }

  /** Every problem, in the order found (row by row, left to right). */
  public List<String> problems() {
    return problems;
  }
}
