package dev.kijun.compiler.model;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;

/** The checks a requirement may carry. */
public sealed interface Check {
  /** Where the check is written. */
  Span span();

  /** A typed boolean expression over the evidence; {@code source} is the expression as written. */
  record Automated(String explanation, TypedExpr body, String source, Span span) implements Check {}

  /** An attestation the facility answers: the default wording and the wording of particular checklist forms. */
  record Question(Text2 ask, java.util.Map<String, Text2> byForm, Span span) implements Check {
    public Question {
      byForm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byForm));
    }

    /** A question with one wording for every form. */
    public Question(Text2 ask, Span span) {
      this(ask, java.util.Map.of(), span);
    }

    /** The wording of form {@code form}, else the default. */
    public Text2 askFor(String form) {
      return byForm.getOrDefault(form, ask);
    }
  }

  /** A manual review. */
  record Review(String explanation, Span span) implements Check {}
}
