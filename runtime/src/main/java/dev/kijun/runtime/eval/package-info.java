/**
 * Evaluation support for generated validators: the fixed validation protocol, three-valued conditions
 * ({@link dev.kijun.runtime.eval.Truth}), the observations that explain them, questions, reviews, waivers, and the
 * assembly of findings. The rules are those of docs/evidence.md.
 */
package dev.kijun.runtime.eval;
