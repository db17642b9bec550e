package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Program;

/** Stage 3: one rule over the resolved model. Checks never change the model; they only report. */
public interface Check {
  /** Reports every violation of this rule in {@code program}. */
  void run(Program program, Diagnostics diagnostics);
}
