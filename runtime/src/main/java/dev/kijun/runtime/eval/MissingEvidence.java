package dev.kijun.runtime.eval;

/**
 * Raised by generated code when a check reads an optional value that the evidence does not hold. It is control
 * flow inside one validator, caught by {@link GeneratedValidator} and turned into EVIDENCE_MISSING; it carries no
 * stack trace.
 */
public final class MissingEvidence extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;

  /** Creates the signal for the given evidence path. */
  public MissingEvidence(String path) {
    super(path, null, false, false);
    this.path = path;
  }

  /** The evidence path that was absent, relative to {@code facts}. */
  public String path() {
    return path;
  }
}
