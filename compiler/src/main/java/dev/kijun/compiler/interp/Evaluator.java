package dev.kijun.compiler.interp;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.compiler.interp.Values.Subj;
import dev.kijun.compiler.interp.Values.Val;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.evidence.Waiver;
import dev.kijun.runtime.eval.Alternatives;
import dev.kijun.runtime.eval.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one condition by walking the typed tree, in Kleene's three-valued logic, with negation handled by
 * polarity rather than by rewriting the tree. Each sub-expression returns its truth and the observations that explain
 * it (none when true; failures, outside quiet contexts, and missing values when false; missing values when
 * unknown), written out as the rules of docs/evidence.md say, independently of the code generator.
 */
final class Evaluator {
  /** A condition's truth and the observations that explain it, in evaluation order. */
  record Result(Truth truth, List<Observation> entries) {
    static Result of(Truth t) {
      return new Result(t, List.of());
    }
  }

  private final Envelope envelope;
  private final ClauseRef requirement;
  private final boolean waiversAllowed;
  private final Values values;
  final List<Observation> notes = new ArrayList<>();
  final Set<Waiver> used = new LinkedHashSet<>();
  final Set<Waiver> expired = new LinkedHashSet<>();

  Evaluator(Envelope envelope, ClauseRef requirement, boolean waiversAllowed, Values values) {
    this.envelope = envelope;
    this.requirement = requirement;
    this.waiversAllowed = waiversAllowed;
    this.values = values;
  }

  Result condition(TypedExpr e) {
    return eval(e, true, false, new HashMap<>());
  }

  /** A sub-condition whose failures are not wanted (filters, conditions used as values). */
  Result quietly(TypedExpr e, Map<Variable, Val> env) {
    return eval(e, true, true, env);
  }

  private Result eval(TypedExpr e, boolean positive, boolean quiet, Map<Variable, Val> env) {
    if (e instanceof TypedExpr.Not n) {
      return eval(n.operand(), !positive, quiet, env);
    }
    if (e instanceof TypedExpr.Logical l) {
      if (l.op() == LogicalOp.IMPLIES) {
        if (positive) {
          return implies(l, quiet, env);
        }
        return conjunction(eval(l.left(), true, quiet, env), eval(l.right(), false, quiet, env));
      }
      boolean conj = (l.op() == LogicalOp.AND) == positive;
      if (conj) {
        return conjunction(eval(l.left(), positive, quiet, env), eval(l.right(), positive, quiet, env));
      }
      return disjunction(l, positive, quiet, env);
    }
    if (e instanceof TypedExpr.Quantified q) {
      return q.forall() == positive ? everyElement(q, positive, quiet, env) : someElement(q, positive, quiet, env);
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      return Result.of(Truth.of(b.value() == positive));
    }
    if (e instanceof TypedExpr.Compare c) {
      return compare(positive ? c.op() : opposite(c.op()), c, quiet, env);
    }
    if (e instanceof TypedExpr.In in) {
      return membership(in, in.negated() != !positive, quiet, env);
    }
    if (e instanceof TypedExpr.Presence p) {
      return presence(p, positive == p.present(), quiet, env);
    }
    if (!positive) {
      return negatedAtom(e, quiet, env);
    }
    if (e instanceof TypedExpr.UniqueBy u) {
      return unique(u, quiet, env);
    }
    if (e instanceof TypedExpr.SubsetOf s) {
      return subset(s, quiet, env);
    }
    if (e instanceof TypedExpr.Waived w) {
      Val subject = values.value(w.subject(), env, this);
      if (subject.unknown()) {
        return new Result(Truth.UNKNOWN, subject.missing());
      }
      String s = (String) subject.v();
      if (waived(w.waiver().name(), s)) {
        return Result.of(Truth.TRUE);
      }
      List<Observation> out = new ArrayList<>();
      if (!quiet && waiversAllowed) {
        out.add(new Observation(Kind.FAILED, "waivers", "", "", "", "an unexpired waiver `" + w.waiver().name()
            + "` for `" + s + "`"));
      }
      return new Result(Truth.FALSE, out);
    }
    // A boolean read from the evidence, or a constant.
    Val v = values.value(e, env, this);
    if (v.unknown()) {
      return new Result(Truth.UNKNOWN, v.missing());
    }
    if ((Boolean) v.v()) {
      return Result.of(Truth.TRUE);
    }
    List<Observation> out = new ArrayList<>();
    if (!quiet && v.hasPath()) {
      out.add(failed(v.path(), v.subject(), "false", "true"));
    }
    return new Result(Truth.FALSE, out);
  }

  // ---------------------------------------------------------------- connectives

  private static Result conjunction(Result a, Result b) {
    Truth t = Truth.and(a.truth(), b.truth());
    if (t == Truth.TRUE) {
      return Result.of(t);
    }
    List<Observation> out = new ArrayList<>(a.entries());
    out.addAll(b.entries());
    return new Result(t, out);
  }

  private Result disjunction(TypedExpr.Logical l, boolean positive, boolean quiet, Map<Variable, Val> env) {
    Result a = eval(l.left(), positive, quiet, env);
    if (a.truth() == Truth.TRUE) {
      return a;
    }
    Result b = eval(l.right(), positive, quiet, env);
    Truth t = Truth.or(a.truth(), b.truth());
    if (t == Truth.TRUE) {
      return Result.of(t);
    }
    if (t == Truth.UNKNOWN) {
      return new Result(t, withoutFailures(concat(a.entries(), b.entries())));
    }
    return new Result(t, quiet ? concat(a.entries(), b.entries()) : merged(a.entries(), b.entries()));
  }

  /**
   * Both sides of an {@code or} failed: their failures are listed as the runtime's wording of alternatives has them,
   * where the first failure was; other observations keep their places.
   */
  private static List<Observation> merged(List<Observation> left, List<Observation> right) {
    List<Observation> all = concat(left, right);
    if (failures(left).isEmpty() || failures(right).isEmpty()) {
      return all; // one side offers no alternative to list
    }
    List<Observation> out = new ArrayList<>();
    boolean placed = false;
    for (Observation o : all) {
      if (o.kind() != Kind.FAILED) {
        out.add(o);
      } else if (!placed) {
        out.addAll(Alternatives.either(failures(left), failures(right)));
        placed = true;
      }
    }
    return out;
  }

  private static List<Observation> failures(List<Observation> entries) {
    return entries.stream().filter(o -> o.kind() == Kind.FAILED).toList();
  }

  private Result implies(TypedExpr.Logical l, boolean quiet, Map<Variable, Val> env) {
    Result p = eval(l.left(), true, true, env);
    if (p.truth() == Truth.FALSE) {
      return Result.of(Truth.TRUE);
    }
    Result b = eval(l.right(), true, quiet, env);
    if (p.truth() == Truth.TRUE) {
      return b;
    }
    if (b.truth() == Truth.TRUE) {
      return Result.of(Truth.TRUE);
    }
    return new Result(Truth.UNKNOWN, withoutFailures(concat(p.entries(), b.entries())));
  }

  /** {@code forall} (or a negated {@code exists}): every selected element, failures of each reported. */
  private Result everyElement(TypedExpr.Quantified q, boolean positive, boolean quiet, Map<Variable, Val> env) {
    Val list = values.value(q.list(), env, this);
    if (list.unknown()) {
      return new Result(Truth.UNKNOWN, list.missing());
    }
    List<?> items = (List<?>) list.v();
    Truth t = Truth.TRUE;
    List<Observation> out = new ArrayList<>();
    int selected = 0;
    for (int i = 0; i < items.size(); i++) {
      Map<Variable, Val> inner = bind(env, q.variable(), list, items, i);
      Result f = q.filter().isPresent() ? eval(q.filter().get(), true, true, inner) : null;
      if (f != null && f.truth() == Truth.FALSE) {
        continue;
      }
      selected++;
      Result b = eval(q.body(), positive, quiet, inner);
      if (f != null && f.truth() == Truth.UNKNOWN) {
        b = b.truth() == Truth.TRUE ? Result.of(Truth.TRUE)
            : new Result(Truth.UNKNOWN, withoutFailures(concat(f.entries(), b.entries())));
      }
      t = Truth.and(t, b.truth());
      out.addAll(b.entries());
    }
    if (!quiet && list.hasPath() && selected == 0) {
      notes.add(new Observation(Kind.VACUOUS, list.path(), kind(list.subject()), id(list.subject()),
          Integer.toString(items.size()), q.filter().map(Values::source).orElse("")));
    }
    return new Result(t, out);
  }

  /** {@code exists} (or a negated {@code forall}): the body is quiet; when nothing matches, the list is blamed. */
  private Result someElement(TypedExpr.Quantified q, boolean positive, boolean quiet, Map<Variable, Val> env) {
    Val list = values.value(q.list(), env, this);
    if (list.unknown()) {
      return new Result(Truth.UNKNOWN, list.missing());
    }
    List<?> items = (List<?>) list.v();
    Truth t = Truth.FALSE;
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<Variable, Val> inner = bind(env, q.variable(), list, items, i);
      Result f = q.filter().isPresent() ? eval(q.filter().get(), true, true, inner) : null;
      if (f != null && f.truth() == Truth.FALSE) {
        continue;
      }
      Result b = eval(q.body(), positive, true, inner);
      Truth element = f == null ? b.truth() : Truth.and(f.truth(), b.truth());
      if (f != null) {
        out.addAll(f.entries());
      }
      out.addAll(b.entries());
      if (element == Truth.TRUE) {
        return Result.of(Truth.TRUE);
      }
      if (element == Truth.UNKNOWN) {
        t = Truth.UNKNOWN;
      }
    }
    if (t == Truth.FALSE && !quiet && list.hasPath()) {
      out.add(failed(list.path(), list.subject(), Vals.elements(items.size()), Values.source(q)));
    }
    return new Result(t, out);
  }

  private Result unique(TypedExpr.UniqueBy u, boolean quiet, Map<Variable, Val> env) {
    Val list = values.value(u.list(), env, this);
    if (list.unknown()) {
      return new Result(Truth.UNKNOWN, list.missing());
    }
    List<?> items = (List<?>) list.v();
    Truth t = Truth.TRUE;
    boolean unknown = false;
    Map<Object, Integer> seen = new HashMap<>();
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<Variable, Val> inner = bind(env, u.variable(), list, items, i);
      if (u.filter().isPresent()) {
        Result f = eval(u.filter().get(), true, true, inner);
        if (f.truth() == Truth.FALSE) {
          continue;
        }
        if (f.truth() == Truth.UNKNOWN) {
          unknown = true;
          out.addAll(f.entries());
          continue;
        }
      }
      Val key = values.value(u.key(), inner, this);
      if (key.unknown()) {
        unknown = true;
        out.addAll(key.missing());
        continue;
      }
      Integer prev = seen.putIfAbsent(key.v(), i);
      if (prev != null) {
        t = Truth.FALSE;
        if (!quiet && key.path() != null) {
          Val element = inner.get(u.variable());
          Subj prevSubject = key.subject() == element.subject()
              ? values.subjectOf(u.variable().type(), items.get(prev)).orElse(list.subject()) : key.subject();
          String elementPath = element.path();
          String prevPath = elementPath != null && key.path().startsWith(elementPath)
              ? list.path() + "[" + prev + "]" + key.path().substring(elementPath.length()) : key.path();
          out.add(failed(prevPath, prevSubject, Vals.render(key.v()), "a value no other element has"));
          out.add(failed(key.path(), key.subject(), Vals.render(key.v()), "a value no other element has"));
        }
      }
    }
    if (t != Truth.FALSE && unknown) {
      t = Truth.UNKNOWN;
    }
    return new Result(t, t == Truth.TRUE ? List.of() : out);
  }

  /** An atom without a negated form, under negation: evaluated quietly, then its reads are blamed. */
  private Result negatedAtom(TypedExpr atom, boolean quiet, Map<Variable, Val> env) {
    Result inner = eval(atom, true, true, env);
    Truth t = Truth.not(inner.truth());
    if (t == Truth.TRUE) {
      return Result.of(t);
    }
    List<Observation> out = new ArrayList<>(inner.entries());
    if (quiet || t != Truth.FALSE) {
      return new Result(t, out);
    }
    if (atom.type() == Type.Primitive.BOOLEAN && (atom instanceof TypedExpr.Field || atom instanceof TypedExpr.Var
        || atom instanceof TypedExpr.Unwrap)) {
      Optional<String> path = values.staticPath(atom, env);
      path.ifPresent(p -> out.add(failed(p, values.staticSubject(atom, env), "true", "false")));
      return new Result(t, out);
    }
    List<String> seen = new ArrayList<>();
    reads(atom, env, out, seen, "not (" + Values.source(atom) + ")");
    return new Result(t, out);
  }

  private void reads(TypedExpr e, Map<Variable, Val> env, List<Observation> out, List<String> seen, String expected) {
    if (e instanceof TypedExpr.Field || e instanceof TypedExpr.Unwrap || e instanceof TypedExpr.Var) {
      Optional<String> path = values.staticPath(e, env);
      if (path.isPresent() && !seen.contains(path.get())) {
        seen.add(path.get());
        out.add(failed(path.get(), values.staticSubject(e, env), "", expected));
      }
      return;
    }
    for (TypedExpr child : ExprWalker.children(e)) {
      reads(child, env, out, seen, expected);
    }
  }

  // ---------------------------------------------------------------- atoms

  private Result compare(CompareOp op, TypedExpr.Compare c, boolean quiet, Map<Variable, Val> env) {
    Val left = values.value(c.left(), env, this);
    if (left.unknown()) {
      return new Result(Truth.UNKNOWN, left.missing());
    }
    Val right = values.value(c.right(), env, this);
    if (right.unknown()) {
      return new Result(Truth.UNKNOWN, right.missing());
    }
    boolean holds = test(op, left.v(), right.v());
    if (holds) {
      return Result.of(Truth.TRUE);
    }
    List<Observation> out = new ArrayList<>();
    if (!quiet) {
      Optional<String> rightText = Values.staticText(c.right());
      Optional<String> leftText = Values.staticText(c.left());
      if (left.hasPath()) {
        out.add(failed(left.path(), left.subject(), Vals.render(left.v()),
            op.symbol() + " " + rightText.orElseGet(() -> Vals.render(right.v()))));
      }
      if (right.hasPath()) {
        out.add(failed(right.path(), right.subject(), Vals.render(right.v()),
            flipped(op).symbol() + " " + leftText.orElseGet(() -> Vals.render(left.v()))));
      }
    }
    return new Result(Truth.FALSE, out);
  }

  private static boolean test(CompareOp op, Object a, Object b) {
    int cmp;
    if (a instanceof Long x && b instanceof Long y) {
      cmp = Long.compare(x, y);
    } else if ((a instanceof Long || a instanceof BigDecimal) && (b instanceof Long || b instanceof BigDecimal)) {
      cmp = big(a).compareTo(big(b));
    } else if (a instanceof LocalDate x) {
      cmp = x.compareTo((LocalDate) b);
    } else if (a instanceof Vals.EnumV x && op != CompareOp.EQ && op != CompareOp.NE) {
      cmp = Integer.compare(x.ordinal(), ((Vals.EnumV) b).ordinal());
    } else {
      boolean eq = a.equals(b);
      return op == CompareOp.EQ ? eq : !eq;
    }
    switch (op) {
      case EQ: return cmp == 0;
      case NE: return cmp != 0;
      case LT: return cmp < 0;
      case LE: return cmp <= 0;
      case GT: return cmp > 0;
      default: return cmp >= 0;
    }
  }

  private static BigDecimal big(Object o) {
    return o instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) o;
  }

  private Result membership(TypedExpr.In in, boolean negated, boolean quiet, Map<Variable, Val> env) {
    Val element = values.value(in.element(), env, this);
    if (element.unknown()) {
      return new Result(Truth.UNKNOWN, element.missing());
    }
    Val list = values.value(in.list(), env, this);
    if (list.unknown()) {
      return new Result(Truth.UNKNOWN, list.missing());
    }
    boolean contains = ((List<?>) list.v()).contains(element.v());
    if (contains != negated) {
      return Result.of(Truth.TRUE);
    }
    List<Observation> out = new ArrayList<>();
    if (!quiet) {
      Optional<String> listText = Values.staticText(in.list());
      if (element.hasPath()) {
        out.add(failed(element.path(), element.subject(), Vals.render(element.v()),
            (negated ? "not in " : "in ") + listText.orElseGet(() -> Vals.render(list.v()))));
      }
      if (list.hasPath()) {
        Optional<String> elementText = Values.staticText(in.element());
        out.add(failed(list.path(), list.subject(), Vals.render(list.v()),
            (negated ? "not containing " : "containing ") + elementText.orElseGet(() -> Vals.render(element.v()))));
      }
    }
    return new Result(Truth.FALSE, out);
  }

  private Result subset(TypedExpr.SubsetOf s, boolean quiet, Map<Variable, Val> env) {
    Val left = values.value(s.left(), env, this);
    if (left.unknown()) {
      return new Result(Truth.UNKNOWN, left.missing());
    }
    Val right = values.value(s.right(), env, this);
    if (right.unknown()) {
      return new Result(Truth.UNKNOWN, right.missing());
    }
    List<?> l = (List<?>) left.v();
    List<?> r = (List<?>) right.v();
    Optional<String> rightText = Values.staticText(s.right());
    Truth t = Truth.TRUE;
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      if (r.contains(l.get(i))) {
        continue;
      }
      t = Truth.FALSE;
      if (quiet) {
        continue;
      }
      if (left.hasPath()) {
        out.add(failed(left.path() + "[" + i + "]", left.subject(), Vals.render(l.get(i)),
            "in " + rightText.orElseGet(() -> Vals.render(r))));
      } else if (right.hasPath()) {
        out.add(failed(right.path(), right.subject(), Vals.render(r), "containing " + Vals.render(l.get(i))));
      }
    }
    return new Result(t, out);
  }

  private Result presence(TypedExpr.Presence p, boolean present, boolean quiet, Map<Variable, Val> env) {
    Val v = values.value(p.operand(), env, this);
    if (v.unknown()) {
      return new Result(Truth.UNKNOWN, v.missing());
    }
    if ((v.v() != null) == present) {
      return Result.of(Truth.TRUE);
    }
    List<Observation> out = new ArrayList<>();
    if (!quiet && v.hasPath()) {
      out.add(failed(v.path(), v.subject(), present ? "absent" : "present", present ? "present" : "absent"));
    }
    return new Result(Truth.FALSE, out);
  }

  // ---------------------------------------------------------------- waivers, answers, helpers

  boolean waived(String name, String subject) {
    for (Waiver w : envelope.waivers()) {
      if (!w.requirement().equals(requirement) || !w.waiver().equals(name) || !w.subject().equals(subject)) {
        continue;
      }
      // A waiver counts from its approval (when recorded) to its expiry, both inclusive of the assessment date.
      boolean approvedLater = w.approvedOn() != null && w.approvedOn().isAfter(envelope.asOf());
      if (envelope.asOf().isAfter(w.expires()) || approvedLater) {
        expired.add(w);
        continue;
      }
      if (waiversAllowed) {
        used.add(w);
        return true;
      }
    }
    return false;
  }

  Envelope envelope() {
    return envelope;
  }

  private Map<Variable, Val> bind(Map<Variable, Val> env, Variable v, Val list, List<?> items, int i) {
    Map<Variable, Val> inner = new HashMap<>(env);
    Object item = items.get(i);
    Subj subject = values.subjectOf(v.type(), item).orElse(list.subject());
    inner.put(v, new Val(item, list.path() == null ? null : list.path() + "[" + i + "]", subject, List.of(), false));
    return inner;
  }

  static Observation failed(String path, Subj s, String value, String expected) {
    return new Observation(Kind.FAILED, path, kind(s), id(s), value, expected);
  }

  static String kind(Subj s) {
    return s == null ? "" : s.kind();
  }

  static String id(Subj s) {
    return s == null ? "" : s.id();
  }

  private static List<Observation> concat(List<Observation> a, List<Observation> b) {
    List<Observation> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<Observation> withoutFailures(List<Observation> entries) {
    return entries.stream().filter(o -> o.kind() != Kind.FAILED).toList();
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

  private static CompareOp flipped(CompareOp op) {
    switch (op) {
      case LT: return CompareOp.GT;
      case LE: return CompareOp.GE;
      case GT: return CompareOp.LT;
      case GE: return CompareOp.LE;
      default: return op;
    }
  }
}
