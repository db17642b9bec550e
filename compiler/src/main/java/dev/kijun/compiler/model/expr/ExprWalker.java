package dev.kijun.compiler.model.expr;

import java.util.function.Consumer;

/** Visits every node of a typed expression, parents before children. */
public final class ExprWalker {
  private ExprWalker() {}

  /** Calls {@code visit} on {@code e} and every sub-expression. */
  public static void walk(TypedExpr e, Consumer<TypedExpr> visit) {
    visit.accept(e);
    if (e instanceof TypedExpr.ListLit l) {
      l.elements().forEach(x -> walk(x, visit));
    } else if (e instanceof TypedExpr.Field f) {
      walk(f.target(), visit);
    } else if (e instanceof TypedExpr.Unwrap u) {
      walk(u.inner(), visit);
    } else if (e instanceof TypedExpr.Presence p) {
      walk(p.operand(), visit);
    } else if (e instanceof TypedExpr.Compare c) {
      walk(c.left(), visit);
      walk(c.right(), visit);
    } else if (e instanceof TypedExpr.In i) {
      walk(i.element(), visit);
      walk(i.list(), visit);
    } else if (e instanceof TypedExpr.SubsetOf s) {
      walk(s.left(), visit);
      walk(s.right(), visit);
    } else if (e instanceof TypedExpr.Logical l) {
      walk(l.left(), visit);
      walk(l.right(), visit);
    } else if (e instanceof TypedExpr.Not n) {
      walk(n.operand(), visit);
    } else if (e instanceof TypedExpr.Quantified q) {
      walk(q.list(), visit);
      q.filter().ifPresent(x -> walk(x, visit));
      walk(q.body(), visit);
    } else if (e instanceof TypedExpr.CountOf c) {
      walk(c.list(), visit);
      c.filter().ifPresent(x -> walk(x, visit));
    } else if (e instanceof TypedExpr.UniqueBy u) {
      walk(u.list(), visit);
      u.filter().ifPresent(x -> walk(x, visit));
      walk(u.key(), visit);
    } else if (e instanceof TypedExpr.Shift s) {
      walk(s.base(), visit);
    } else if (e instanceof TypedExpr.Waived w) {
      walk(w.subject(), visit);
    }
  }
}
