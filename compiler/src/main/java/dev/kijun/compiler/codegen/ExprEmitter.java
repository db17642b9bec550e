package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.NamedValue;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.runtime.eval.Truth;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.eval.Questions;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Emits Java statements for one typed condition, computing a {@link Truth}: true, false, or unknown when a value
 * it reads is absent or is a date after the assessment date. Combination follows Kleene's rules and every element
 * of a list is evaluated, so a missing value never hides a definite failure. The semantics are written down in
 * docs/evidence.md; the interpreter in {@code dev.kijun.compiler.interp} implements the same rules independently.
 *
 * <p>INVARIANT: after the statements of a boolean sub-expression run, the observations recorded since its mark are
 * none when it is TRUE, its failures (outside quiet contexts) and missing values when FALSE, and only missing values
 * when UNKNOWN. Filters, premises and the bodies of {@code exists} are quiet: they never record failures. The
 * passing path records nothing and allocates nothing; membership in constants, subsets and uniqueness are hashed, so
 * every check is linear in the evidence.
 *
 * <p>This class holds the state (code, bindings, guards) and emits connectives and values; {@link AtomEmitter}
 * emits comparisons and other atoms, {@link LoopEmitter} the list constructs.
 */
final class ExprEmitter {
  final JavaTypes types;
  final LiteralPool pool;
  private final Map<String, ClassName> constantOwners;
  final CodeBlock.Builder code = CodeBlock.builder();
  /** Dates computed from the assessment date alone ({@code asOf - 90 days}), once at the top of the method. */
  private final CodeBlock.Builder invariants = CodeBlock.builder();
  private final Map<String, String> invariantLocals = new HashMap<>();
  final Map<Variable, Binding> bindings = new IdentityHashMap<>();
  final Deque<Guard> guards = new ArrayDeque<>();
  private final LoopEmitter loops = new LoopEmitter(this);
  private final AtomEmitter atoms = new AtomEmitter(this);
  private int counter;
  /** True while emitting a sub-expression whose failures are never reported. */
  boolean quiet;

  /** The element an evidence value belongs to: its record's name and an expression for its id (or name). */
  record Subject(String kind, CodeBlock id) {}

  record Binding(String local, Optional<EvidencePath> path, Optional<Subject> subject) {}

  /** A value: a Java expression and, when it comes from the evidence, its path and the element it belongs to. */
  record Value(CodeBlock expr, Optional<EvidencePath> path, Optional<Subject> subject) {
    Value(CodeBlock expr) {
      this(expr, Optional.empty(), Optional.empty());
    }
  }

  /**
   * Blocks opened while reading values that may be unknown: each is {@code if (unknown) { onUnknown } else {},
   * closed when the node that needed the values is done.
   */
  static final class Guard {
    final CodeBlock onUnknown;
    int open;

    Guard(CodeBlock onUnknown) {
      this.onUnknown = onUnknown;
    }
  }

  ExprEmitter(JavaTypes types, LiteralPool pool, Map<String, ClassName> constantOwners) {
    this.types = types;
    this.pool = pool;
    this.constantOwners = constantOwners;
  }

  /** Statements that compute {@code e} and end with {@code return <truth>;}. */
  CodeBlock returning(TypedExpr e) {
    String result = bool(Negation.normal(e));
    code.addStatement("return $N", result);
    return invariants.build().toBuilder().add(code.build()).build();
  }

  // ------------------------------------------------------------------ booleans

  String bool(TypedExpr e) {
    if (e instanceof TypedExpr.Logical l) {
      return logical(l);
    }
    if (e instanceof TypedExpr.Not n) {
      return atoms.not(n);
    }
    if (e instanceof TypedExpr.Quantified q) {
      return q.forall() ? loops.forall(q) : loops.exists(q);
    }
    if (e instanceof TypedExpr.UniqueBy u) {
      return loops.unique(u);
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      String r = local("t");
      code.addStatement("$T $N = $T.$L", Truth.class, r, Truth.class, b.value() ? "TRUE" : "FALSE");
      return r;
    }
    String r = atomStart();
    if (e instanceof TypedExpr.Compare c) {
      atoms.compare(r, c);
    } else if (e instanceof TypedExpr.In i) {
      atoms.membership(r, i);
    } else if (e instanceof TypedExpr.SubsetOf s) {
      atoms.subset(r, s);
    } else if (e instanceof TypedExpr.Presence p) {
      atoms.presence(r, p);
    } else if (e instanceof TypedExpr.Waived w) {
      Value subject = value(w.subject());
      String b = local("w");
      code.addStatement("boolean $N = ev.waived($S, $L)", b, w.waiver().name(), subject.expr());
      code.addStatement("$N = $T.of($N)", r, Truth.class, b);
      if (!quiet) {
        code.beginControlFlow("if (!$N)", b).addStatement("ev.noWaiver($S, $L)", w.waiver().name(), subject.expr())
            .endControlFlow();
      }
    } else {
      // A boolean read from the evidence, or a constant.
      Value v = value(e);
      code.addStatement("$N = $L ? $T.TRUE : $T.FALSE", r, v.expr(), Truth.class, Truth.class);
      failIf(r, v, CodeBlock.of("$S", "false"), "true", null);
    }
    atomEnd();
    return r;
  }

  /** Declares the result of an atom and opens its guard: unknown operands make it UNKNOWN. */
  String atomStart() {
    String r = local("t");
    code.addStatement("$T $N", Truth.class, r);
    guards.push(new Guard(CodeBlock.of("$N = $T.UNKNOWN", r, Truth.class)));
    return r;
  }

  void atomEnd() {
    Guard g = guards.pop();
    for (int i = 0; i < g.open; i++) {
      code.endControlFlow();
    }
  }

  /** Opens {@code if (cond) { record; onUnknown } else {} in the innermost guard. */
  void unknownIf(CodeBlock cond, CodeBlock record) {
    Guard g = guards.peek();
    code.beginControlFlow("if ($L)", cond);
    if (record != null) {
      code.addStatement(record);
    }
    code.addStatement(g.onUnknown);
    code.nextControlFlow("else");
    g.open++;
  }

  private String logical(TypedExpr.Logical l) {
    switch (l.op()) {
      case AND: {
        // Both sides always: every failing conjunct is reported.
        String left = bool(l.left());
        String right = bool(l.right());
        String r = local("t");
        code.addStatement("$T $N = $T.and($N, $N)", Truth.class, r, Truth.class, left, right);
        return r;
      }
      case OR: {
        String m0 = mark();
        String left = bool(l.left());
        String r = local("t");
        code.addStatement("$T $N = $N", Truth.class, r, left);
        code.beginControlFlow("if ($N != $T.TRUE)", r, Truth.class);
        String m1 = mark();
        String right = bool(l.right());
        code.addStatement("$N = $T.or($N, $N)", r, Truth.class, left, right);
        code.beginControlFlow("if ($N == $T.TRUE)", r, Truth.class).addStatement("ev.reset($N)", m0);
        code.nextControlFlow("else if ($N == $T.UNKNOWN)", r, Truth.class).addStatement("ev.dropFailures($N)", m0);
        if (!quiet) {
          code.nextControlFlow("else").addStatement("ev.either($N, $N)", m0, m1);
        }
        code.endControlFlow();
        code.endControlFlow();
        return r;
      }
      default: {
        String m = mark();
        String premise = quietly(l.left());
        String r = local("t");
        code.addStatement("$T $N", Truth.class, r);
        code.beginControlFlow("if ($N == $T.FALSE)", premise, Truth.class);
        code.addStatement("$N = $T.TRUE", r, Truth.class).addStatement("ev.reset($N)", m);
        code.nextControlFlow("else");
        String body = bool(l.right());
        code.beginControlFlow("if ($N == $T.TRUE)", premise, Truth.class).addStatement("$N = $N", r, body);
        code.nextControlFlow("else if ($N == $T.TRUE)", body, Truth.class);
        code.addStatement("$N = $T.TRUE", r, Truth.class).addStatement("ev.reset($N)", m);
        code.nextControlFlow("else");
        code.addStatement("$N = $T.UNKNOWN", r, Truth.class).addStatement("ev.dropFailures($N)", m);
        code.endControlFlow();
        code.endControlFlow();
        return r;
      }
    }
  }

  // ------------------------------------------------------------------ values

  Value value(TypedExpr e) {
    if (e instanceof TypedExpr.Root) {
      return new Value(CodeBlock.of("facts"), Optional.of(EvidencePath.ROOT), Optional.empty());
    }
    if (e instanceof TypedExpr.Var v) {
      Binding b = bindings.get(v.variable());
      return new Value(CodeBlock.of("$N", b.local()), b.path(), b.subject());
    }
    if (e instanceof TypedExpr.Field f) {
      Value target = value(f.target());
      Optional<EvidencePath> path = target.path().map(p -> p.field(f.field().name()));
      Value read = new Value(CodeBlock.of("$L.$N()", target.expr(), JavaNames.member(f.field().name())), path,
          target.subject());
      return f.type() == Type.Primitive.DATE ? plausible(read) : read;
    }
    if (e instanceof TypedExpr.Unwrap u) {
      Value inner = value(u.inner());
      String boxed = local("o");
      code.addStatement("$T $N = $L", types.of(u.inner().type()), boxed, inner.expr());
      CodeBlock path = inner.path().filter(p -> !p.isRoot()).map(EvidencePath::args)
          .orElse(CodeBlock.of("$S", u.span().text()));
      unknownIf(CodeBlock.of("$N == null", boxed), CodeBlock.of("ev.missing($S, $L, $S, $L)",
          subjectKind(inner.subject()), subjectId(inner.subject()), Skeletons.of(u.type()), path));
      TypeName plain = types.of(u.type());
      Value read;
      if (plain.isPrimitive()) {
        String unboxed = local("u");
        code.addStatement("$T $N = $N", plain, unboxed, boxed);
        read = new Value(CodeBlock.of("$N", unboxed), inner.path(), inner.subject());
      } else {
        read = new Value(CodeBlock.of("$N", boxed), inner.path(), inner.subject());
      }
      return u.type() == Type.Primitive.DATE ? plausible(read) : read;
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return new Value(CodeBlock.of("$T.$N", owner(c.constant()), JavaNames.constant(c.constant().name())));
    }
    if (e instanceof TypedExpr.ListLit l) {
      return new Value(CodeBlock.of("$N", pool.list(l)));
    }
    if (e instanceof TypedExpr.AsOf) {
      return new Value(CodeBlock.of("ev.asOf()"));
    }
    if (e instanceof TypedExpr.Shift s) {
      Value base = value(s.base());
      String unit = s.unit().name().charAt(0) + s.unit().name().substring(1).toLowerCase(java.util.Locale.ROOT);
      CodeBlock shifted = CodeBlock.of("$L.$L$L($LL)", base.expr(), s.plus() ? "plus" : "minus", unit, s.amount());
      if (!fixedDate(s.base())) {
        return new Value(shifted);
      }
      // Hoisted: in a loop over thousands of elements it would otherwise be recomputed (and allocated) per element.
      String local = invariantLocals.computeIfAbsent(shifted.toString(), k -> {
        String at = local("at");
        invariants.addStatement("$T $N = $L", LocalDate.class, at, shifted);
        return at;
      });
      return new Value(CodeBlock.of("$N", local));
    }
    if (e instanceof TypedExpr.CountOf c) {
      return loops.count(c);
    }
    if (e instanceof TypedExpr.AnswerOf a) {
      String answer = local("a");
      code.addStatement("$T $N = ev.answerValue($N)", AnswerValue.class, answer, pool.clause(a.clause()));
      unknownIf(CodeBlock.of("$N == null", answer), null);
      return new Value(CodeBlock.of("$N", answer), Optional.of(EvidencePath.literal(Questions.path(a.clause()))),
          Optional.empty());
    }
    if (e instanceof TypedExpr.StringLit || e instanceof TypedExpr.IntegerLit || e instanceof TypedExpr.NumberLit
        || e instanceof TypedExpr.DateLit || e instanceof TypedExpr.EnumLit || e instanceof TypedExpr.BooleanLit) {
      return new Value(ConstantsEmitter.literal(e, types));
    }
    if (e.type() == Type.Primitive.BOOLEAN) {
      // A condition used as a value (e.g. compared with another boolean): unknown makes the enclosing atom unknown.
      String t = quietly(e);
      unknownIf(CodeBlock.of("$N == $T.UNKNOWN", t, Truth.class), null);
      return new Value(CodeBlock.of("($N == $T.TRUE)", t, Truth.class));
    }
    throw new IllegalStateException("cannot emit " + e.getClass().getSimpleName() + " at " + e.span());
  }

  /** Whether a date expression is the same wherever it is evaluated in a check: the assessment date or a literal. */
  private static boolean fixedDate(TypedExpr e) {
    if (e instanceof TypedExpr.Shift s) {
      return fixedDate(s.base());
    }
    return e instanceof TypedExpr.AsOf || e instanceof TypedExpr.DateLit;
  }

  /** A date read from evidence counts only when it is not after the assessment date. */
  private Value plausible(Value read) {
    if (read.path().filter(p -> !p.isRoot()).isEmpty()) {
      return read;
    }
    String d = local("d");
    code.addStatement("$T $N = $L", LocalDate.class, d, read.expr());
    unknownIf(CodeBlock.of("$N.isAfter(ev.asOf())", d), CodeBlock.of("ev.implausible($N, $S, $L, $L)", d,
        subjectKind(read.subject()), subjectId(read.subject()), read.path().get().args()));
    return new Value(CodeBlock.of("$N", d), read.path(), read.subject());
  }

  // ------------------------------------------------------------------ paths and failures

  /** The evidence path of an expression, known statically, if it reads the evidence directly. */
  Optional<EvidencePath> pathOf(TypedExpr e) {
    if (e instanceof TypedExpr.Root) {
      return Optional.of(EvidencePath.ROOT);
    }
    if (e instanceof TypedExpr.Var v) {
      Binding b = bindings.get(v.variable());
      return b == null ? Optional.empty() : b.path();
    }
    if (e instanceof TypedExpr.Field f) {
      return pathOf(f.target()).map(p -> p.field(f.field().name()));
    }
    if (e instanceof TypedExpr.Unwrap u) {
      return pathOf(u.inner());
    }
    if (e instanceof TypedExpr.CountOf c) {
      return pathOf(c.list());
    }
    return Optional.empty();
  }

  /** The subject of a path expression: the innermost bound element it reads through. */
  Optional<Subject> subjectOf(TypedExpr e) {
    if (e instanceof TypedExpr.Var v) {
      Binding b = bindings.get(v.variable());
      return b == null ? Optional.empty() : b.subject();
    }
    if (e instanceof TypedExpr.Field f) {
      return subjectOf(f.target());
    }
    if (e instanceof TypedExpr.Unwrap u) {
      return subjectOf(u.inner());
    }
    return Optional.empty();
  }

  /** The evidence reads of an expression (fields, unwraps, variables with a path), for a failing negation. */
  void readPaths(TypedExpr e, List<TypedExpr> out) {
    if (e instanceof TypedExpr.Field || e instanceof TypedExpr.Unwrap || e instanceof TypedExpr.Var) {
      if (pathOf(e).filter(p -> !p.isRoot()).isPresent()) {
        out.add(e);
      }
      return;
    }
    for (TypedExpr child : ExprWalker.children(e)) {
      readPaths(child, out);
    }
  }

  /** Emits a boolean sub-expression with failures switched off. */
  String quietly(TypedExpr e) {
    boolean saved = quiet;
    quiet = true;
    try {
      return bool(e);
    } finally {
      quiet = saved;
    }
  }

  /** Records {@code v} as failing when {@code result} is FALSE, if it has an evidence path. */
  void failIf(String result, Value v, CodeBlock shown, String expected, CodeBlock expectedValue) {
    if (quiet || v.path().filter(p -> !p.isRoot()).isEmpty()) {
      return;
    }
    code.beginControlFlow("if ($N == $T.FALSE)", result, Truth.class);
    fail(v.subject(), shown, expected, expectedValue, v.path().get());
    code.endControlFlow();
  }

  void fail(Optional<Subject> subject, CodeBlock value, String expectedPrefix, CodeBlock expectedValue,
      EvidencePath path) {
    if (quiet || path.isRoot()) {
      return;
    }
    code.addStatement("ev.fail($S, $L, $L, $S, $L, $L)", subjectKind(subject), subjectId(subject), value,
        expectedPrefix, expectedValue == null ? CodeBlock.of("null") : expectedValue, path.args());
  }

  private static String subjectKind(Optional<Subject> s) {
    return s.map(Subject::kind).orElse("");
  }

  private static CodeBlock subjectId(Optional<Subject> s) {
    return s.map(Subject::id).orElse(CodeBlock.of("null"));
  }

  String mark() {
    String m = local("m");
    code.addStatement("int $N = ev.mark()", m);
    return m;
  }

  ClassName owner(NamedValue c) {
    return constantOwners.get(c.name());
  }

  String local(String base) {
    return base + "_" + counter++;
  }
}
