package dev.kijun.compiler.diag;

/** How serious a diagnostic is; any error makes the compilation fail and stops generation. */
public enum Severity {
  ERROR, WARNING;

  /** Lowercase, as rendered. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
