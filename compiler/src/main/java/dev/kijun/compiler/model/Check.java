package dev.kijun.compiler.model;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;

/** The checks a requirement may carry. */
public sealed interface Check {
  /** Where the check is written. */
  Span span();

  /** A typed boolean expression over the evidence; {@code source} is the expression as written. */
  record Automated(String explanation, TypedExpr body, String source, Span span) implements Check {}

  /** An attestation the facility answers. */
  record Question(Text2 ask, Span span) implements Check {}

  /** A manual review. */
  record Review(String explanation, Span span) implements Check {}
}
