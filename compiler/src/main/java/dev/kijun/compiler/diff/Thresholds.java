package dev.kijun.compiler.diff;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bounds a requirement's automated checks put on evidence values, read from the typed model so that two editions
 * can be compared by meaning: {@code d.lastSecurityPatch >= asOf - 90 days} is a lower bound of −90 days relative to
 * the assessment date on {@code Device.lastSecurityPatch}; {@code p.minLength >= 8} a lower bound of 8. A lower bound
 * that rises (−90 → −30 days) asks for more; an upper bound that falls asks for more. Paths are keyed as in
 * {@link AllowedValues}, so differently named variables line up.
 */
final class Thresholds {
  private Thresholds() {}

  /** Which side of the value the check bounds. */
  enum Side { LOWER, UPPER, EXACT }

  /** One bound: its numeric value for comparison (days for dates relative to {@code asOf}) and as written. */
  record Bound(Side side, BigDecimal value, String shown) {}

  /** {@code path side} → bound, sorted; when a path is bounded twice on one side, the first bound is kept. */
  static Map<String, Bound> of(Requirement r) {
    Map<String, Bound> out = new TreeMap<>();
    for (Check c : r.checks()) {
      if (c instanceof Check.Automated a) {
        ExprWalker.walk(a.body(), e -> {
          if (e instanceof TypedExpr.Compare cmp) {
            add(out, cmp.op(), cmp.left(), cmp.right());
          }
        });
      }
    }
    return out;
  }

  private static void add(Map<String, Bound> out, CompareOp op, TypedExpr left, TypedExpr right) {
    Optional<String> path = AllowedValues.key(left);
    Optional<BigDecimal> value = value(right);
    TypedExpr shownSide = right;
    if (path.isEmpty() || value.isEmpty()) {
      path = AllowedValues.key(right);
      value = value(left);
      op = flip(op);
      shownSide = left;
    }
    if (path.isEmpty() || value.isEmpty() || op == CompareOp.NE) {
      return;
    }
    Side side = switch (op) {
      case GE, GT -> Side.LOWER;
      case LE, LT -> Side.UPPER;
      default -> Side.EXACT;
    };
    out.putIfAbsent(path.get() + " " + side.name().toLowerCase(Locale.ROOT),
        new Bound(side, value.get(), op.symbol() + " " + shown(shownSide)));
  }

  /** The change of a bound from {@code before} to {@code after}: positive asks for more, negative for less. */
  static int strictness(Bound before, Bound after) {
    int cmp = after.value().compareTo(before.value());
    return switch (before.side()) {
      case LOWER -> cmp;
      case UPPER -> -cmp;
      case EXACT -> 0;
    };
  }

  private static CompareOp flip(CompareOp op) {
    return switch (op) {
      case LT -> CompareOp.GT;
      case LE -> CompareOp.GE;
      case GT -> CompareOp.LT;
      case GE -> CompareOp.LE;
      default -> op;
    };
  }

  /** A comparable number: integers, decimals, dates relative to {@code asOf} in days, ordered-enum positions. */
  private static Optional<BigDecimal> value(TypedExpr e) {
    if (e instanceof TypedExpr.IntegerLit i) {
      return Optional.of(BigDecimal.valueOf(i.value()));
    }
    if (e instanceof TypedExpr.NumberLit n) {
      return Optional.of(n.value());
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return value(c.constant().value());
    }
    if (e instanceof TypedExpr.EnumLit en && en.def().ordered()) {
      return Optional.of(BigDecimal.valueOf(en.def().constants().indexOf(en.constant())));
    }
    if (e instanceof TypedExpr.Shift s && s.base() instanceof TypedExpr.AsOf) {
      long days = s.amount() * switch (s.unit()) {
        case DAYS -> 1;
        case WEEKS -> 7;
        case MONTHS -> 30;
        case YEARS -> 365;
      };
      return Optional.of(BigDecimal.valueOf(s.plus() ? days : -days));
    }
    if (e instanceof TypedExpr.AsOf) {
      return Optional.of(BigDecimal.ZERO);
    }
    return Optional.empty();
  }

  private static String shown(TypedExpr e) {
    if (e instanceof TypedExpr.IntegerLit i) {
      return Long.toString(i.value());
    }
    if (e instanceof TypedExpr.NumberLit n) {
      return n.value().toPlainString();
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return c.constant().name() + " (" + shown(c.constant().value()) + ")";
    }
    if (e instanceof TypedExpr.EnumLit en) {
      return en.constant().name();
    }
    if (e instanceof TypedExpr.Shift s) {
      return "asOf " + (s.plus() ? "+ " : "- ") + s.amount() + " " + s.unit().name().toLowerCase(Locale.ROOT);
    }
    return "asOf";
  }
}
