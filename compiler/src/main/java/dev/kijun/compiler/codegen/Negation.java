package dev.kijun.compiler.codegen;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.expr.TypedExpr;

/**
 * Pushes negations down to the atoms before code generation (negation normal form, valid in Kleene's three-valued
 * logic), so that a failing {@code not (exists …)} names each offending element and {@code not (a < b)} is
 * reported as {@code a >= b}. {@code not} remains only around atoms that have no negated form (booleans read
 * from evidence, {@code unique}, {@code subset of}, {@code waived}).
 */
final class Negation {
  private Negation() {}

  /** {@code e} in negation normal form. */
  static TypedExpr normal(TypedExpr e) {
    if (e instanceof TypedExpr.Not n) {
      return negate(n.operand());
    }
    if (e instanceof TypedExpr.Logical l) {
      return new TypedExpr.Logical(l.op(), normal(l.left()), normal(l.right()), l.span());
    }
    if (e instanceof TypedExpr.Quantified q) {
      return new TypedExpr.Quantified(q.forall(), q.variable(), q.list(), q.filter(), normal(q.body()), q.span());
    }
    return e;
  }

  /** {@code not e} in negation normal form. */
  static TypedExpr negate(TypedExpr e) {
    if (e instanceof TypedExpr.Not n) {
      return normal(n.operand());
    }
    if (e instanceof TypedExpr.Logical l) {
      switch (l.op()) {
        case AND:
          return new TypedExpr.Logical(LogicalOp.OR, negate(l.left()), negate(l.right()), l.span());
        case OR:
          return new TypedExpr.Logical(LogicalOp.AND, negate(l.left()), negate(l.right()), l.span());
        default:
          return new TypedExpr.Logical(LogicalOp.AND, normal(l.left()), negate(l.right()), l.span());
      }
    }
    if (e instanceof TypedExpr.Quantified q) {
      return new TypedExpr.Quantified(!q.forall(), q.variable(), q.list(), q.filter(), negate(q.body()), q.span());
    }
    if (e instanceof TypedExpr.Compare c) {
      return new TypedExpr.Compare(opposite(c.op()), c.left(), c.right(), c.span());
    }
    if (e instanceof TypedExpr.In i) {
      return new TypedExpr.In(i.element(), i.list(), !i.negated(), i.span());
    }
    if (e instanceof TypedExpr.Presence p) {
      return new TypedExpr.Presence(p.operand(), !p.present(), p.span());
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      return new TypedExpr.BooleanLit(!b.value(), b.span());
    }
    return new TypedExpr.Not(e, e.span());
  }

  private static CompareOp opposite(CompareOp op) {
    switch (op) {
      case EQ: return CompareOp.NE;
      case NE: return CompareOp.EQ;
      case LT: return CompareOp.GE;
      case LE: return CompareOp.GT;
      case GT: return CompareOp.LE;
      default: return CompareOp.LT;
    }
  }
}
