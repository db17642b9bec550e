/** Evaluation support for generated validators: the fixed validation protocol, blame tracing, questions, reviews, waivers. */
package dev.kijun.runtime.eval;
