package dev.kijun.compiler.codegen;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the operand a value was compared with is named in an observation's {@code expected}: constants by name,
 * literals as they are written in evidence (enum spellings, ISO dates). Computed operands ({@code asOf - 90 days},
 * evidence values) have no static text and are rendered at run time.
 */
final class OperandText {
  private OperandText() {}

  /** The operand's text when it is known at generation time. */
  static Optional<String> of(TypedExpr e) {
    if (e instanceof TypedExpr.ConstRef c) {
      return Optional.of(c.constant().name());
    }
    if (e instanceof TypedExpr.StringLit s) {
      return Optional.of(s.value());
    }
    if (e instanceof TypedExpr.IntegerLit i) {
      return Optional.of(Long.toString(i.value()));
    }
    if (e instanceof TypedExpr.NumberLit n) {
      return Optional.of(n.value().toPlainString());
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      return Optional.of(Boolean.toString(b.value()));
    }
    if (e instanceof TypedExpr.DateLit d) {
      return Optional.of(d.value().toString());
    }
    if (e instanceof TypedExpr.EnumLit en) {
      return Optional.of(en.constant().json());
    }
    if (e instanceof TypedExpr.ListLit l) {
      List<String> parts = new ArrayList<>();
      for (TypedExpr x : l.elements()) {
        Optional<String> t = of(x);
        if (t.isEmpty()) {
          return Optional.empty();
        }
        parts.add(t.get());
      }
      return Optional.of("[" + String.join(", ", parts) + "]");
    }
    return Optional.empty();
  }

  /** The operator as seen from the other operand: {@code a < b} is {@code b > a}. */
  static CompareOp flipped(CompareOp op) {
    switch (op) {
      case LT: return CompareOp.GT;
      case LE: return CompareOp.GE;
      case GT: return CompareOp.LT;
      case GE: return CompareOp.LE;
      default: return op;
    }
  }

  /** An expression's source text on one line, for observations that quote it. */
  static String source(TypedExpr e) {
    return e.span().text().strip().replaceAll("\\s+", " ");
  }
}
