package dev.kijun.compiler.explain;

import dev.kijun.compiler.ast.Expr;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fully parenthesised shapes of parsed ({@link Expr}) and typed ({@link TypedExpr}) expressions, so a test can check
 * that printing a typed tree and parsing the text gives the same tree. Root paths, unwraps and enum qualification
 * are erased, as they are decided by the resolver, not by the text's structure.
 */
final class Shapes {
  private Shapes() {}

  static String of(Expr e) {
    if (e instanceof Expr.Quantifier q) {
      return "(" + (q.forall() ? "forall " : "exists ") + q.var().text() + " " + of(q.list()) + opt(q.filter(),
          Shapes::of) + " " + of(q.body()) + ")";
    } else if (e instanceof Expr.Logical l) {
      return "(" + l.op().symbol() + " " + of(l.left()) + " " + of(l.right()) + ")";
    } else if (e instanceof Expr.Not n) {
      return "(not " + of(n.operand()) + ")";
    } else if (e instanceof Expr.Comparison c) {
      return "(" + c.op().symbol() + " " + of(c.left()) + " " + of(c.right()) + ")";
    } else if (e instanceof Expr.Membership m) {
      return "(" + (m.negated() ? "notin " : "in ") + of(m.element()) + " " + of(m.list()) + ")";
    } else if (e instanceof Expr.Subset s) {
      return "(subset " + of(s.left()) + " " + of(s.right()) + ")";
    } else if (e instanceof Expr.Presence p) {
      return "(" + (p.present() ? "present " : "absent ") + of(p.operand()) + ")";
    } else if (e instanceof Expr.DateShift d) {
      return "(shift " + of(d.base()) + (d.plus() ? " + " : " - ") + d.amount() + " " + d.unit() + ")";
    } else if (e instanceof Expr.Count c) {
      return "(count " + c.var().text() + " " + of(c.list()) + opt(c.filter(), Shapes::of) + ")";
    } else if (e instanceof Expr.Unique u) {
      return "(unique " + u.var().text() + " " + of(u.list()) + opt(u.filter(), Shapes::of) + " " + of(u.key()) + ")";
    } else if (e instanceof Expr.Waived w) {
      return "(waived " + w.name().text() + " " + of(w.subject()) + ")";
    } else if (e instanceof Expr.AnswerOf a) {
      return "(answer " + a.clause().value() + ")";
    } else if (e instanceof Expr.AsOf) {
      return "asOf";
    } else if (e instanceof Expr.FieldAccess f) {
      return of(f.target()) + "." + f.field().text();
    } else if (e instanceof Expr.Name n) {
      return n.name().text();
    } else if (e instanceof Expr.ListLiteral l) {
      return "[" + l.elements().stream().map(Shapes::of).collect(Collectors.joining(" ")) + "]";
    } else if (e instanceof Expr.StringLiteral s) {
      return "'" + s.value() + "'";
    } else if (e instanceof Expr.IntegerLiteral i) {
      return Long.toString(i.value());
    } else if (e instanceof Expr.DecimalLiteral d) {
      return d.value().toPlainString();
    } else if (e instanceof Expr.DateLiteral d) {
      return d.value().toString();
    } else if (e instanceof Expr.BooleanLiteral b) {
      return Boolean.toString(b.value());
    }
    return "?" + e.getClass().getSimpleName();
  }

  static String of(TypedExpr e) {
    if (e instanceof TypedExpr.Unwrap u) {
      return of(u.inner());
    } else if (e instanceof TypedExpr.Quantified q) {
      return "(" + (q.forall() ? "forall " : "exists ") + q.variable().name() + " " + of(q.list())
          + opt(q.filter(), Shapes::of) + " " + of(q.body()) + ")";
    } else if (e instanceof TypedExpr.Logical l) {
      return "(" + l.op().symbol() + " " + of(l.left()) + " " + of(l.right()) + ")";
    } else if (e instanceof TypedExpr.Not n) {
      return "(not " + of(n.operand()) + ")";
    } else if (e instanceof TypedExpr.Compare c) {
      return "(" + c.op().symbol() + " " + of(c.left()) + " " + of(c.right()) + ")";
    } else if (e instanceof TypedExpr.In m) {
      return "(" + (m.negated() ? "notin " : "in ") + of(m.element()) + " " + of(m.list()) + ")";
    } else if (e instanceof TypedExpr.SubsetOf s) {
      return "(subset " + of(s.left()) + " " + of(s.right()) + ")";
    } else if (e instanceof TypedExpr.Presence p) {
      return "(" + (p.present() ? "present " : "absent ") + of(p.operand()) + ")";
    } else if (e instanceof TypedExpr.Shift d) {
      return "(shift " + of(d.base()) + (d.plus() ? " + " : " - ") + d.amount() + " " + d.unit() + ")";
    } else if (e instanceof TypedExpr.CountOf c) {
      return "(count " + c.variable().name() + " " + of(c.list()) + opt(c.filter(), Shapes::of) + ")";
    } else if (e instanceof TypedExpr.UniqueBy u) {
      return "(unique " + u.variable().name() + " " + of(u.list()) + opt(u.filter(), Shapes::of) + " "
          + of(u.key()) + ")";
    } else if (e instanceof TypedExpr.Waived w) {
      return "(waived " + w.waiver().name() + " " + of(w.subject()) + ")";
    } else if (e instanceof TypedExpr.AnswerOf a) {
      return "(answer " + a.clause().clause() + ")";
    } else if (e instanceof TypedExpr.AsOf) {
      return "asOf";
    } else if (e instanceof TypedExpr.Field f) {
      String target = of(f.target());
      return target.isEmpty() ? f.field().name() : target + "." + f.field().name();
    } else if (e instanceof TypedExpr.Root) {
      return "";
    } else if (e instanceof TypedExpr.Var v) {
      return v.variable().name();
    } else if (e instanceof TypedExpr.EnumLit en) {
      return en.constant().name();
    } else if (e instanceof TypedExpr.ConstRef c) {
      return c.constant().name();
    } else if (e instanceof TypedExpr.ListLit l) {
      return "[" + l.elements().stream().map(Shapes::of).collect(Collectors.joining(" ")) + "]";
    } else if (e instanceof TypedExpr.StringLit s) {
      return "'" + s.value() + "'";
    } else if (e instanceof TypedExpr.IntegerLit i) {
      return Long.toString(i.value());
    } else if (e instanceof TypedExpr.NumberLit d) {
      return d.value().toPlainString();
    } else if (e instanceof TypedExpr.DateLit d) {
      return d.value().toString();
    } else if (e instanceof TypedExpr.BooleanLit b) {
      return Boolean.toString(b.value());
    }
    return "?" + e.getClass().getSimpleName();
  }

  /** Parsed {@code Expr.Name} of a qualified enum constant comes back as a field access; erase the qualifier. */
  static String eraseQualifiers(String shape, List<String> enumNames) {
    String s = shape;
    for (String n : enumNames) {
      s = s.replace(n + ".", "");
    }
    return s;
  }

  private static <T> String opt(Optional<T> o, Function<T, String> f) {
    return o.map(x -> " where " + f.apply(x)).orElse("");
  }
}
