package dev.kijun.compiler.model.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Visits typed expressions: every node (parents before children), or the direct children of one node. */
public final class ExprWalker {
  private ExprWalker() {}

  /** Calls {@code visit} on {@code e} and every sub-expression. */
  public static void walk(TypedExpr e, Consumer<TypedExpr> visit) {
    visit.accept(e);
    for (TypedExpr child : children(e)) {
      walk(child, visit);
    }
  }

  /** The direct sub-expressions of {@code e}, in evaluation order. */
  public static List<TypedExpr> children(TypedExpr e) {
    List<TypedExpr> out = new ArrayList<>();
    if (e instanceof TypedExpr.ListLit l) {
      out.addAll(l.elements());
    } else if (e instanceof TypedExpr.Field f) {
      out.add(f.target());
    } else if (e instanceof TypedExpr.Unwrap u) {
      out.add(u.inner());
    } else if (e instanceof TypedExpr.Presence p) {
      out.add(p.operand());
    } else if (e instanceof TypedExpr.Compare c) {
      out.add(c.left());
      out.add(c.right());
    } else if (e instanceof TypedExpr.In i) {
      out.add(i.element());
      out.add(i.list());
    } else if (e instanceof TypedExpr.SubsetOf s) {
      out.add(s.left());
      out.add(s.right());
    } else if (e instanceof TypedExpr.Logical l) {
      out.add(l.left());
      out.add(l.right());
    } else if (e instanceof TypedExpr.Not n) {
      out.add(n.operand());
    } else if (e instanceof TypedExpr.Quantified q) {
      out.add(q.list());
      q.filter().ifPresent(out::add);
      out.add(q.body());
    } else if (e instanceof TypedExpr.CountOf c) {
      out.add(c.list());
      c.filter().ifPresent(out::add);
    } else if (e instanceof TypedExpr.UniqueBy u) {
      out.add(u.list());
      u.filter().ifPresent(out::add);
      out.add(u.key());
    } else if (e instanceof TypedExpr.Shift s) {
      out.add(s.base());
    } else if (e instanceof TypedExpr.Waived w) {
      out.add(w.subject());
    }
    return out;
  }
}
