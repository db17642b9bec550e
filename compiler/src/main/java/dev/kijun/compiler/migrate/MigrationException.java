package dev.kijun.compiler.migrate;

import java.util.List;

/** Bad migration input (malformed JSON, wrong edition, unknown clause keys): every problem, one line each. */
public final class MigrationException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /** One or more problems. */
  public MigrationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
