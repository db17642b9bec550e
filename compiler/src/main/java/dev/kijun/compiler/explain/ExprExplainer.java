package dev.kijun.compiler.explain;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.TypedExpr.AnswerOf;
import dev.kijun.compiler.model.expr.TypedExpr.AsOf;
import dev.kijun.compiler.model.expr.TypedExpr.BooleanLit;
import dev.kijun.compiler.model.expr.TypedExpr.Compare;
import dev.kijun.compiler.model.expr.TypedExpr.ConstRef;
import dev.kijun.compiler.model.expr.TypedExpr.CountOf;
import dev.kijun.compiler.model.expr.TypedExpr.DateLit;
import dev.kijun.compiler.model.expr.TypedExpr.EnumLit;
import dev.kijun.compiler.model.expr.TypedExpr.In;
import dev.kijun.compiler.model.expr.TypedExpr.IntegerLit;
import dev.kijun.compiler.model.expr.TypedExpr.ListLit;
import dev.kijun.compiler.model.expr.TypedExpr.Logical;
import dev.kijun.compiler.model.expr.TypedExpr.Not;
import dev.kijun.compiler.model.expr.TypedExpr.NumberLit;
import dev.kijun.compiler.model.expr.TypedExpr.Presence;
import dev.kijun.compiler.model.expr.TypedExpr.Quantified;
import dev.kijun.compiler.model.expr.TypedExpr.Shift;
import dev.kijun.compiler.model.expr.TypedExpr.StringLit;
import dev.kijun.compiler.model.expr.TypedExpr.SubsetOf;
import dev.kijun.compiler.model.expr.TypedExpr.UniqueBy;
import dev.kijun.compiler.model.expr.TypedExpr.Unwrap;
import dev.kijun.compiler.model.expr.TypedExpr.Waived;
import dev.kijun.compiler.model.expr.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains a {@link TypedExpr} in English for the documentation. Paths on the element a quantifier is looking at are
 * shown relative to it ({@code `tls.versions`}), paths on an outer element name it ("the device's {@code `id`}"),
 * and conditions of a {@code where} read as "whose …": <em>for every endpoint in `endpoints` whose `exposure` is
 * `OPEN_NETWORK` and whose `ipsecVpn` is false: `tls.versions` contains only `TLS_1_3`</em>.
 */
public final class ExprExplainer {
  private final Deque<Variable> scope = new ArrayDeque<>();
  private final Explanation.Builder out = new Explanation.Builder();

  private ExprExplainer() {}

  /** The boolean expression {@code expr} in words. */
  public static Explanation explain(TypedExpr expr) {
    ExprExplainer e = new ExprExplainer();
    e.condition(expr);
    return e.out.build();
  }

  // ---------------------------------------------------------------- conditions

  private void condition(TypedExpr e) {
    if (e instanceof Unwrap u) {
      condition(u.inner());
    } else if (e instanceof Quantified q) {
      quantified(q);
    } else if (e instanceof Logical l) {
      logical(l);
    } else if (e instanceof Not n) {
      negated(n.operand());
    } else if (e instanceof Compare c) {
      value(c.left());
      out.text(" " + compareWords(c.op(), c.left().type(), false) + " ");
      value(c.right());
    } else if (e instanceof In in) {
      membership(in, in.negated());
    } else if (e instanceof SubsetOf s) {
      subset(s);
    } else if (e instanceof Presence p) {
      value(p.operand());
      out.text(p.present() ? " is present" : " is absent");
    } else if (e instanceof UniqueBy u) {
      unique(u);
    } else if (e instanceof Waived w) {
      waived(w, false);
    } else if (e instanceof BooleanLit b) {
      out.text(b.value() ? "always true" : "always false");
    } else if (Paths.of(e).isPresent()) {
      value(e);
      out.text(" is true");
    } else {
      value(e);
    }
  }

  /** Writes {@code e} as a condition, in parentheses when it binds more loosely than {@code min}. */
  private void operand(TypedExpr e, int min) {
    int s = ExprPrinter.strength(e);
    if (s < min || (s == ExprPrinter.QUANTIFIER && min > ExprPrinter.QUANTIFIER)) {
      out.text("(");
      condition(e);
      out.text(")");
    } else {
      condition(e);
    }
  }

  private void logical(Logical l) {
    if (l.op() == LogicalOp.IMPLIES) {
      out.text("if ");
      operand(l.left(), ExprPrinter.IMPLIES + 1);
      out.text(" then ");
      operand(l.right(), ExprPrinter.IMPLIES);
      return;
    }
    // English has no precedence: an `and` inside an `or` is parenthesised too, though the source needs no parentheses.
    boolean or = l.op() == LogicalOp.OR;
    operand(l.left(), or && isOr(l.left()) ? ExprPrinter.OR : ExprPrinter.AND + (or ? 1 : 0));
    out.text(or ? " or " : " and ");
    operand(l.right(), ExprPrinter.AND + 1);
  }

  private static boolean isOr(TypedExpr e) {
    return strip(e) instanceof Logical l && l.op() == LogicalOp.OR;
  }

  private void negated(TypedExpr operand) {
    TypedExpr e = strip(operand);
    if (e instanceof Presence p) {
      value(p.operand());
      out.text(p.present() ? " is absent" : " is present");
    } else if (e instanceof Compare c) {
      value(c.left());
      out.text(" " + compareWords(c.op(), c.left().type(), true) + " ");
      value(c.right());
    } else if (e instanceof In in) {
      membership(in, !in.negated());
    } else if (e instanceof Waived w) {
      waived(w, true);
    } else if (e instanceof BooleanLit b) {
      out.text(b.value() ? "always false" : "always true");
    } else if (Paths.of(e).isPresent()) {
      value(e);
      out.text(" is false");
    } else {
      out.text("it is not the case that ");
      operand(e, ExprPrinter.NOT);
    }
  }

  private void membership(In in, boolean negated) {
    value(in.element());
    TypedExpr list = strip(in.list());
    if (list instanceof ListLit l && l.elements().size() == 1) {
      out.text(negated ? " is not " : " is ");
      value(l.elements().get(0));
    } else if (list instanceof ListLit l) {
      out.text(negated ? " is none of " : " is one of ");
      items(l.elements(), " or ");
    } else {
      out.text(negated ? " is not in " : " is in ");
      value(list);
    }
  }

  private void subset(SubsetOf s) {
    value(s.left());
    TypedExpr right = strip(s.right());
    if (right instanceof ListLit l && l.elements().isEmpty()) {
      out.text(" is empty");
    } else if (right instanceof ListLit l) {
      out.text(" contains only ");
      items(l.elements(), " or ");
    } else {
      out.text(" contains only values in ");
      value(right);
    }
  }

  private void waived(Waived w, boolean negated) {
    out.text(negated ? "no unexpired waiver " : "an unexpired waiver ").code(w.waiver().name())
        .text(" is recorded for ");
    value(w.subject());
  }

  private void quantified(Quantified q) {
    String noun = Nouns.of(q.variable().type());
    out.text(q.forall() ? "for every " + noun + " in " : "there is " + Nouns.article(noun) + " " + noun + " in ");
    value(q.list());
    scope.push(q.variable());
    q.filter().ifPresent(this::filter);
    out.text(q.forall() ? ": " : " such that ");
    condition(q.body());
    scope.pop();
  }

  private void unique(UniqueBy u) {
    out.text("no two " + Nouns.plural(Nouns.of(u.variable().type())) + " in ");
    value(u.list());
    scope.push(u.variable());
    u.filter().ifPresent(this::filter);
    out.text(" share the same ");
    Optional<Paths.PathRef> key = Paths.of(u.key());
    if (key.isPresent() && key.get().startsAt(u.variable()) && key.get().fields().isEmpty()) {
      out.text("value");
    } else {
      value(u.key());
    }
    scope.pop();
  }

  /** A {@code where} clause on the innermost variable: "whose `a` is X and whose `b` is false". */
  private void filter(TypedExpr filter) {
    List<TypedExpr> conjuncts = new ArrayList<>();
    conjuncts(filter, conjuncts);
    for (int i = 0; i < conjuncts.size(); i++) {
      TypedExpr c = conjuncts.get(i);
      out.text(i == 0 ? " " : " and ");
      out.text(startsWithCurrentPath(c) ? "whose " : "for which ");
      operand(c, conjuncts.size() > 1 ? ExprPrinter.AND + 1 : ExprPrinter.IMPLIES);
    }
  }

  private static void conjuncts(TypedExpr e, List<TypedExpr> into) {
    TypedExpr s = strip(e);
    if (s instanceof Logical l && l.op() == LogicalOp.AND) {
      conjuncts(l.left(), into);
      conjuncts(l.right(), into);
    } else {
      into.add(s);
    }
  }

  private boolean startsWithCurrentPath(TypedExpr c) {
    TypedExpr e = strip(c);
    if (e instanceof Not n) {
      TypedExpr inner = strip(n.operand());
      if (inner instanceof Compare || inner instanceof In || inner instanceof Presence
          || Paths.of(inner).isPresent()) {
        e = inner;
      } else {
        return false;
      }
    }
    TypedExpr subject = e;
    if (e instanceof Compare cmp) {
      subject = cmp.left();
    } else if (e instanceof In in) {
      subject = in.element();
    } else if (e instanceof SubsetOf s) {
      subject = s.left();
    } else if (e instanceof Presence p) {
      subject = p.operand();
    }
    Optional<Paths.PathRef> path = Paths.of(subject);
    return path.isPresent() && !scope.isEmpty() && path.get().startsAt(scope.peek())
        && !path.get().fields().isEmpty();
  }

  // ---------------------------------------------------------------- values

  private void value(TypedExpr e) {
    Optional<Paths.PathRef> path = Paths.of(e);
    if (path.isPresent()) {
      path(path.get());
      return;
    }
    TypedExpr s = strip(e);
    if (s instanceof StringLit str) {
      out.code(ExprPrinter.quote(str.value()));
    } else if (s instanceof IntegerLit i) {
      out.text(Long.toString(i.value()));
    } else if (s instanceof NumberLit n) {
      out.text(n.value().toPlainString());
    } else if (s instanceof BooleanLit b) {
      out.text(Boolean.toString(b.value()));
    } else if (s instanceof DateLit d) {
      out.text(d.value().toString());
    } else if (s instanceof EnumLit en) {
      out.code(en.constant().name());
    } else if (s instanceof ConstRef c) {
      out.code(c.constant().name());
    } else if (s instanceof ListLit l) {
      listValue(l);
    } else if (s instanceof AsOf) {
      out.text("the assessment date");
    } else if (s instanceof Shift sh) {
      String unit = sh.unit().name().toLowerCase(Locale.ROOT);
      out.text(sh.amount() + " " + (sh.amount() == 1 ? unit.substring(0, unit.length() - 1) : unit)
          + (sh.plus() ? " after " : " before "));
      value(sh.base());
    } else if (s instanceof CountOf c) {
      out.text("the number of " + Nouns.plural(Nouns.of(c.variable().type())) + " in ");
      value(c.list());
      scope.push(c.variable());
      c.filter().ifPresent(this::filter);
      scope.pop();
    } else if (s instanceof AnswerOf a) {
      out.text("the answer to ").code(a.clause().toString());
    } else if (s instanceof TypedExpr.Invalid) {
      out.text("(an invalid expression)");
    } else {
      out.text("(");
      condition(s);
      out.text(")");
    }
  }

  private void listValue(ListLit l) {
    if (l.elements().isEmpty()) {
      out.text("the empty list");
      return;
    }
    out.text("[");
    items(l.elements(), ", ");
    out.text("]");
  }

  private void items(List<TypedExpr> elements, String last) {
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        out.text(i == elements.size() - 1 ? last : ", ");
      }
      value(elements.get(i));
    }
  }

  private void path(Paths.PathRef p) {
    String fields = String.join(".", p.fields());
    if (p.variable().isEmpty()) {
      out.code(fields.isEmpty() ? "facts" : fields);
      return;
    }
    Variable v = p.variable().get();
    String noun = Nouns.of(v.type());
    boolean current = !scope.isEmpty() && scope.peek() == v;
    if (fields.isEmpty()) {
      out.text("the " + noun);
    } else if (current) {
      out.code(fields);
    } else {
      out.text("the " + noun + "'s ").code(fields);
    }
  }

  private static String compareWords(CompareOp op, Type left, boolean negated) {
    boolean date = left.unwrapped() == Type.Primitive.DATE;
    String is = negated ? "is not " : "is ";
    switch (op) {
      case EQ:
        return negated ? "is not" : "is";
      case NE:
        return negated ? "is" : "is not";
      case LT:
        return is + (date ? "before" : "less than");
      case LE:
        return is + (date ? "on or before" : "at most");
      case GT:
        return is + (date ? "after" : "greater than");
      case GE:
      default:
        return is + (date ? "on or after" : "at least");
    }
  }

  private static TypedExpr strip(TypedExpr e) {
    return e instanceof Unwrap u ? strip(u.inner()) : e;
  }
}
