package dev.kijun.runtime;

/** The three kinds of check a requirement may carry. */
public enum CheckKind {
  /** A typed expression over the evidence, evaluated by generated code. */
  AUTOMATED,
  /** An attestation the facility answers: yes / no / not applicable, with dates. */
  QUESTION,
  /** A manual review by a person. */
  REVIEW
}
