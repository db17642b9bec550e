package dev.kijun.compiler.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.ClauseRef;
import java.util.Map;

/** A parsed and checked migration input: an answer sheet or a verdict report, with its results per source clause. */
public sealed interface AssessmentInput permits AssessmentInput.AnswerSheet, AssessmentInput.VerdictReport {
  /** The whole JSON document as read. */
  ObjectNode root();

  /** The result per clause of the source edition (clauses without one are open). */
  Map<ClauseRef, SourceResult> results();

  /** The kind, for the worklist. */
  Worklist.InputKind kind();

  /** An evidence file whose {@code answers} are keyed by clauses of the source edition; entries keep their order. */
  record AnswerSheet(ObjectNode root, Map<ClauseRef, ObjectNode> answers, Map<ClauseRef, SourceResult> results)
      implements AssessmentInput {
    @Override
    public Worklist.InputKind kind() {
      return Worklist.InputKind.ANSWER_SHEET;
    }
  }

  /**
   * A report of {@code kijun validate --format json}; {@code report} is the one report body for the source edition
   * (the root itself for a single report), {@code verdicts} its verdict objects per clause.
   */
  record VerdictReport(ObjectNode root, ObjectNode report, Map<ClauseRef, ObjectNode> verdicts,
      Map<ClauseRef, SourceResult> results) implements AssessmentInput {
    @Override
    public Worklist.InputKind kind() {
      return Worklist.InputKind.VERDICT_REPORT;
    }
  }
}
