package dev.kijun.compiler.explain;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.TypedExpr.AnswerOf;
import dev.kijun.compiler.model.expr.TypedExpr.AsOf;
import dev.kijun.compiler.model.expr.TypedExpr.BooleanLit;
import dev.kijun.compiler.model.expr.TypedExpr.Compare;
import dev.kijun.compiler.model.expr.TypedExpr.ConstRef;
import dev.kijun.compiler.model.expr.TypedExpr.CountOf;
import dev.kijun.compiler.model.expr.TypedExpr.DateLit;
import dev.kijun.compiler.model.expr.TypedExpr.EnumLit;
import dev.kijun.compiler.model.expr.TypedExpr.Field;
import dev.kijun.compiler.model.expr.TypedExpr.In;
import dev.kijun.compiler.model.expr.TypedExpr.IntegerLit;
import dev.kijun.compiler.model.expr.TypedExpr.Invalid;
import dev.kijun.compiler.model.expr.TypedExpr.ListLit;
import dev.kijun.compiler.model.expr.TypedExpr.Logical;
import dev.kijun.compiler.model.expr.TypedExpr.Not;
import dev.kijun.compiler.model.expr.TypedExpr.NumberLit;
import dev.kijun.compiler.model.expr.TypedExpr.Presence;
import dev.kijun.compiler.model.expr.TypedExpr.Quantified;
import dev.kijun.compiler.model.expr.TypedExpr.Root;
import dev.kijun.compiler.model.expr.TypedExpr.Shift;
import dev.kijun.compiler.model.expr.TypedExpr.StringLit;
import dev.kijun.compiler.model.expr.TypedExpr.SubsetOf;
import dev.kijun.compiler.model.expr.TypedExpr.UniqueBy;
import dev.kijun.compiler.model.expr.TypedExpr.Unwrap;
import dev.kijun.compiler.model.expr.TypedExpr.Var;
import dev.kijun.compiler.model.expr.TypedExpr.Waived;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a {@link TypedExpr} back as kijun source in canonical form: one line, single spaces, the fewest
 * parentheses that keep the tree when parsed again (quantifiers are parenthesised whenever they are an operand),
 * bare enum constants where a sibling operand names the enum and qualified ones elsewhere, and root paths without a
 * prefix. {@link Unwrap} is invisible in source.
 */
public final class ExprPrinter {
  // Binding strength, loosest first, after the grammar's `expr` and `additive` rules.
  static final int QUANTIFIER = 0;
  static final int IMPLIES = 1;
  static final int OR = 2;
  static final int AND = 3;
  static final int NOT = 4;
  static final int RELATION = 5;
  static final int ADDITIVE = 6;
  static final int PRIMARY = 7;

  private ExprPrinter() {}

  /** The canonical source text of {@code expr}. */
  public static String print(TypedExpr expr) {
    StringBuilder out = new StringBuilder();
    write(expr, false, out);
    return out.toString();
  }

  /** How tightly {@code e} binds, loosest (quantifiers) first; the explainer parenthesises words the same way. */
  static int strength(TypedExpr e) {
    if (e instanceof Unwrap u) {
      return strength(u.inner());
    }
    if (e instanceof Quantified) {
      return QUANTIFIER;
    }
    if (e instanceof Logical l) {
      switch (l.op()) {
        case IMPLIES:
          return IMPLIES;
        case OR:
          return OR;
        case AND:
        default:
          return AND;
      }
    }
    if (e instanceof Not) {
      return NOT;
    }
    if (e instanceof Compare || e instanceof In || e instanceof SubsetOf || e instanceof Presence) {
      return RELATION;
    }
    if (e instanceof Shift) {
      return ADDITIVE;
    }
    return PRIMARY;
  }

  /** Writes {@code e}, parenthesised unless it binds at least as tightly as {@code min}. */
  private static void operand(TypedExpr e, int min, boolean bareEnum, StringBuilder out) {
    int s = strength(e);
    if (s < min || (s == QUANTIFIER && min > QUANTIFIER)) {
      out.append('(');
      write(e, bareEnum, out);
      out.append(')');
    } else {
      write(e, bareEnum, out);
    }
  }

  private static void write(TypedExpr e, boolean bareEnum, StringBuilder out) {
    if (e instanceof Unwrap u) {
      write(u.inner(), bareEnum, out);
    } else if (e instanceof Quantified q) {
      out.append(q.forall() ? "forall " : "exists ").append(q.variable().name()).append(" in ");
      operand(q.list(), ADDITIVE, false, out);
      filter(q.filter(), out);
      out.append(": ");
      write(q.body(), false, out);
    } else if (e instanceof Logical l) {
      int s = strength(l);
      // implies is right-associative, and and or are left-associative.
      boolean right = l.op() == dev.kijun.compiler.ast.Expr.LogicalOp.IMPLIES;
      operand(l.left(), right ? s + 1 : s, false, out);
      out.append(' ').append(l.op().symbol()).append(' ');
      operand(l.right(), right ? s : s + 1, false, out);
    } else if (e instanceof Not n) {
      out.append("not ");
      operand(n.operand(), NOT, false, out);
    } else if (e instanceof Compare c) {
      boolean bare = !(isEnumLit(c.left()) && isEnumLit(c.right()));
      operand(c.left(), ADDITIVE, bare, out);
      out.append(' ').append(c.op().symbol()).append(' ');
      operand(c.right(), ADDITIVE, bare, out);
    } else if (e instanceof In in) {
      operand(in.element(), ADDITIVE, !(unwrapped(in.list()) instanceof ListLit), out);
      out.append(in.negated() ? " not in " : " in ");
      operand(in.list(), ADDITIVE, true, out);
    } else if (e instanceof SubsetOf s) {
      operand(s.left(), ADDITIVE, true, out);
      out.append(" subset of ");
      operand(s.right(), ADDITIVE, true, out);
    } else if (e instanceof Presence p) {
      operand(p.operand(), ADDITIVE, false, out);
      out.append(p.present() ? " is present" : " is absent");
    } else if (e instanceof Shift s) {
      operand(s.base(), ADDITIVE, false, out);
      out.append(s.plus() ? " + " : " - ").append(s.amount()).append(' ')
          .append(s.unit().name().toLowerCase(Locale.ROOT));
    } else {
      primary(e, bareEnum, out);
    }
  }

  private static void primary(TypedExpr e, boolean bareEnum, StringBuilder out) {
    if (e instanceof Field f) {
      if (!(unwrapped(f.target()) instanceof Root)) {
        operand(f.target(), PRIMARY, false, out);
        out.append('.');
      }
      out.append(f.field().name());
    } else if (e instanceof Root) {
      out.append("<root>");
    } else if (e instanceof Var v) {
      out.append(v.variable().name());
    } else if (e instanceof CountOf c) {
      out.append("count(").append(c.variable().name()).append(" in ");
      operand(c.list(), ADDITIVE, false, out);
      filter(c.filter(), out);
      out.append(')');
    } else if (e instanceof UniqueBy u) {
      out.append("unique(").append(u.variable().name()).append(" in ");
      operand(u.list(), ADDITIVE, false, out);
      filter(u.filter(), out);
      out.append(": ");
      write(u.key(), false, out);
      out.append(')');
    } else if (e instanceof Waived w) {
      out.append("waived ").append(w.waiver().name()).append(" for ");
      operand(w.subject(), ADDITIVE, false, out);
    } else if (e instanceof AnswerOf a) {
      out.append("answer(").append(quote(a.clause().clause())).append(')');
    } else if (e instanceof AsOf) {
      out.append("asOf");
    } else if (e instanceof ListLit l) {
      out.append('[');
      for (int i = 0; i < l.elements().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(l.elements().get(i), bareEnum, out);
      }
      out.append(']');
    } else {
      out.append(literal(e, bareEnum));
    }
  }

  private static String literal(TypedExpr e, boolean bareEnum) {
    if (e instanceof StringLit s) {
      return quote(s.value());
    } else if (e instanceof IntegerLit i) {
      return Long.toString(i.value());
    } else if (e instanceof NumberLit n) {
      String text = n.value().toPlainString();
      return text.contains(".") ? text : text + ".0";
    } else if (e instanceof BooleanLit b) {
      return Boolean.toString(b.value());
    } else if (e instanceof DateLit d) {
      return d.value().toString();
    } else if (e instanceof EnumLit en) {
      return bareEnum ? en.constant().name() : en.def().name() + "." + en.constant().name();
    } else if (e instanceof ConstRef c) {
      return c.constant().name();
    } else if (e instanceof Invalid) {
      return "<invalid>";
    }
    throw new IllegalArgumentException("unknown expression " + e.getClass().getSimpleName());
  }

  private static void filter(Optional<TypedExpr> filter, StringBuilder out) {
    if (filter.isPresent()) {
      out.append(" where ");
      write(filter.get(), false, out);
    }
  }

  private static boolean isEnumLit(TypedExpr e) {
    return unwrapped(e) instanceof EnumLit;
  }

  private static TypedExpr unwrapped(TypedExpr e) {
    return e instanceof Unwrap u ? unwrapped(u.inner()) : e;
  }

  /** A kijun string literal: quotes, with {@code \"}, {@code \\} and {@code \n} escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        default:
          b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
