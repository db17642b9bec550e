package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.runtime.eval.Questions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Emits Java statements for one typed expression. Boolean expressions become a local {@code boolean}; values become
 * Java expressions, with locals for anything that needs a null check or a loop.
 *
 * <p>INVARIANT: after the statements of a boolean sub-expression run, the evaluation's blame trace has grown only if
 * the sub-expression is false, and then by the evidence paths that explain it. The passing path records nothing and
 * allocates nothing; membership and uniqueness are hashed, so every check is linear in the evidence.
 */
final class ExprEmitter {
  private final JavaTypes types;
  private final LiteralPool pool;
  private final Map<String, ClassName> constantOwners;
  private final CodeBlock.Builder code = CodeBlock.builder();
  private final Map<Variable, Binding> bindings = new IdentityHashMap<>();
  private int counter;
  /** True while emitting a sub-expression whose blame is never reported (filters, negations, premises). */
  private boolean quiet;

  private record Binding(String local, Optional<EvidencePath> path) {}

  /** A value: a Java expression and, when it comes from the evidence, its path. */
  private record Value(CodeBlock expr, Optional<EvidencePath> path) {}

  ExprEmitter(JavaTypes types, LiteralPool pool, Map<String, ClassName> constantOwners) {
    this.types = types;
    this.pool = pool;
    this.constantOwners = constantOwners;
  }

  /** Statements that compute {@code e} and end with {@code return <result>;}. */
  CodeBlock returning(TypedExpr e) {
    String result = bool(e);
    code.addStatement("return $N", result);
    return code.build();
  }

  // ------------------------------------------------------------------ booleans

  private String bool(TypedExpr e) {
    if (e instanceof TypedExpr.Logical l) {
      return logical(l);
    }
    if (e instanceof TypedExpr.Not n) {
      String inner = quietly(n.operand());
      String r = local("b");
      code.addStatement("boolean $N = !$N", r, inner);
      blameReads(r, n.operand());
      return r;
    }
    if (e instanceof TypedExpr.Compare c) {
      return compare(c);
    }
    if (e instanceof TypedExpr.In i) {
      return membership(i);
    }
    if (e instanceof TypedExpr.SubsetOf s) {
      return subset(s);
    }
    if (e instanceof TypedExpr.Presence p) {
      Value v = value(p.operand());
      String r = local("b");
      code.addStatement("boolean $N = ($L $L null)", r, v.expr(), p.present() ? "!=" : "==");
      blameIfFalse(r, v.path());
      return r;
    }
    if (e instanceof TypedExpr.Quantified q) {
      return q.forall() ? forall(q) : exists(q);
    }
    if (e instanceof TypedExpr.UniqueBy u) {
      return unique(u);
    }
    if (e instanceof TypedExpr.Waived w) {
      Value subject = value(w.subject());
      String r = local("b");
      code.addStatement("boolean $N = ev.waived($S, $L)", r, w.waiver().name(), subject.expr());
      return r;
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      String r = local("b");
      code.addStatement("boolean $N = $L", r, b.value());
      return r;
    }
    // A boolean value read from the evidence or a constant.
    Value v = value(e);
    String r = local("b");
    code.addStatement("boolean $N = $L", r, v.expr());
    blameIfFalse(r, v.path());
    return r;
  }

  private String logical(TypedExpr.Logical l) {
    String r = local("b");
    switch (l.op()) {
      case AND: {
        String left = bool(l.left());
        code.addStatement("boolean $N = $N", r, left);
        code.beginControlFlow("if ($N)", r);
        code.addStatement("$N = $N", r, bool(l.right()));
        code.endControlFlow();
        return r;
      }
      case OR: {
        // The left side is evaluated quietly: when the right side rescues it, nothing was recorded; when both
        // fail, the paths the left side read are blamed along with the right side's own blame.
        String left = quietly(l.left());
        code.addStatement("boolean $N = $N", r, left);
        code.beginControlFlow("if (!$N)", r);
        code.addStatement("$N = $N", r, bool(l.right()));
        blameReads(r, l.left());
        code.endControlFlow();
        return r;
      }
      default: {
        // A false premise makes the implication true, and a true one explains nothing: evaluate it quietly.
        String premise = quietly(l.left());
        code.addStatement("boolean $N = true", r);
        code.beginControlFlow("if ($N)", premise);
        code.addStatement("$N = $N", r, bool(l.right()));
        code.endControlFlow();
        return r;
      }
    }
  }

  private String compare(TypedExpr.Compare c) {
    Value left = value(c.left());
    Value right = value(c.right());
    Type lt = c.left().type().unwrapped();
    Type rt = c.right().type().unwrapped();
    String op = javaOp(c.op());
    CodeBlock test;
    if (Type.isNumeric(lt) && Type.isNumeric(rt)) {
      test = lt == Type.Primitive.INTEGER && rt == Type.Primitive.INTEGER
          ? CodeBlock.of("$L $L $L", left.expr(), op, right.expr())
          : CodeBlock.of("$L.compareTo($L) $L 0", big(left.expr(), lt), big(right.expr(), rt), op);
    } else if (lt == Type.Primitive.DATE) {
      test = CodeBlock.of("$L.compareTo($L) $L 0", left.expr(), right.expr(), op);
    } else if (lt instanceof Type.EnumType) {
      test = c.op().isOrdering()
          ? CodeBlock.of("$L.ordinal() $L $L.ordinal()", left.expr(), op, right.expr())
          : CodeBlock.of("$L $L $L", left.expr(), op, right.expr());
    } else if (lt == Type.Primitive.BOOLEAN) {
      test = CodeBlock.of("$L $L $L", left.expr(), op, right.expr());
    } else {
      test = CodeBlock.of("$L$L.equals($L)", c.op() == CompareOp.NE ? "!" : "", left.expr(), right.expr());
    }
    String r = local("b");
    code.addStatement("boolean $N = $L", r, test);
    blameIfFalse(r, left.path(), right.path());
    return r;
  }

  private static CodeBlock big(CodeBlock expr, Type t) {
    return t == Type.Primitive.INTEGER ? CodeBlock.of("$T.valueOf($L)", BigDecimal.class, expr) : expr;
  }

  private static String javaOp(CompareOp op) {
    switch (op) {
      case EQ: return "==";
      case NE: return "!=";
      case LT: return "<";
      case LE: return "<=";
      case GT: return ">";
      default: return ">=";
    }
  }

  private String membership(TypedExpr.In in) {
    Value element = value(in.element());
    CodeBlock collection = lookup(in.list());
    String r = local("b");
    code.addStatement("boolean $N = $L$L.contains($L)", r, in.negated() ? "!" : "", collection, element.expr());
    blameIfFalse(r, element.path(), pathOf(in.list()));
    return r;
  }

  /** A collection to test membership in: a hashed set for constants and literals, the list itself otherwise. */
  private CodeBlock lookup(TypedExpr list) {
    if (list instanceof TypedExpr.ConstRef c) {
      return CodeBlock.of("$T.$N", owner(c.constant()), ConstantsEmitter.setName(c.constant().name()));
    }
    if (list instanceof TypedExpr.ListLit l) {
      return CodeBlock.of("$N", pool.set(l));
    }
    Value v = value(list);
    String set = local("set");
    code.addStatement("$T<Object> $N = new $T<>($L)", java.util.Set.class, set, HashSet.class, v.expr());
    return CodeBlock.of("$N", set);
  }

  private String subset(TypedExpr.SubsetOf s) {
    Value left = value(s.left());
    CodeBlock right = lookup(s.right());
    String list = local("l");
    String i = local("i");
    String r = local("b");
    code.addStatement("$T<?> $N = $L", List.class, list, left.expr());
    code.addStatement("boolean $N = true", r);
    code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", i, i, list, i);
    code.beginControlFlow("if (!$L.contains($N.get($N)))", right, list, i);
    code.addStatement("$N = false", r);
    if (left.path().isPresent()) {
      blame(left.path().get().index(i));
    } else {
      pathOf(s.right()).ifPresent(this::blame);
    }
    code.endControlFlow();
    code.endControlFlow();
    return r;
  }

  private record Loop(String list, String index, String element) {}

  /** Opens {@code for (…) { var x = list.get(i);} and binds the variable; the caller closes the loop. */
  private Loop openLoop(Variable v, TypedExpr listExpr) {
    Value list = value(listExpr);
    String l = local("l");
    String i = local("i");
    String x = local(v.name());
    TypeName element = types.of(v.type()).box();
    code.addStatement("$T<$T> $N = $L", List.class, element, l, list.expr());
    code.beginControlFlow("for (int $N = 0, n_$N = $N.size(); $N < n_$N; $N++)", i, i, l, i, i, i);
    code.addStatement("$T $N = $N.get($N)", element, x, l, i);
    bindings.put(v, new Binding(x, list.path().map(p -> p.index(i))));
    return new Loop(l, i, x);
  }

  /** Emits {@code continue} when the filter does not hold; a filter never records blame. */
  private void filter(Optional<TypedExpr> filter) {
    if (filter.isEmpty()) {
      return;
    }
    String f = quietly(filter.get());
    code.beginControlFlow("if (!$N)", f);
    code.addStatement("continue");
    code.endControlFlow();
  }

  private String forall(TypedExpr.Quantified q) {
    String r = local("b");
    code.addStatement("boolean $N = true", r);
    openLoop(q.variable(), q.list());
    filter(q.filter());
    String body = bool(q.body());
    code.beginControlFlow("if (!$N)", body);
    code.addStatement("$N = false", r);
    code.endControlFlow();
    code.endControlFlow();
    bindings.remove(q.variable());
    return r;
  }

  private String exists(TypedExpr.Quantified q) {
    String r = local("b");
    code.addStatement("boolean $N = false", r);
    openLoop(q.variable(), q.list());
    filter(q.filter());
    // The body's own blame is not wanted: when nothing matches, the list is what explains the failure.
    String body = quietly(q.body());
    code.beginControlFlow("if ($N)", body);
    code.addStatement("$N = true", r);
    code.addStatement("break");
    code.endControlFlow();
    code.endControlFlow();
    bindings.remove(q.variable());
    Optional<EvidencePath> listPath = pathOf(q.list());
    if (listPath.isPresent() && !quiet) {
      code.beginControlFlow("if (!$N)", r);
      blame(listPath.get());
      code.endControlFlow();
    }
    return r;
  }

  private String unique(TypedExpr.UniqueBy u) {
    String r = local("b");
    String seen = local("seen");
    code.addStatement("boolean $N = true", r);
    code.addStatement("$T<Object, Integer> $N = new $T<>()", Map.class, seen, HashMap.class);
    Loop loop = openLoop(u.variable(), u.list());
    filter(u.filter());
    Value key = value(u.key());
    String previous = local("prev");
    code.addStatement("Integer $N = $N.putIfAbsent($L, $N)", previous, seen, key.expr(), loop.index());
    code.beginControlFlow("if ($N != null)", previous);
    code.addStatement("$N = false", r);
    if (key.path().isPresent()) {
      String prevIndex = local("p");
      code.addStatement("int $N = $N", prevIndex, previous);
      blame(key.path().get().renameIndex(loop.index(), prevIndex));
      blame(key.path().get());
    }
    code.endControlFlow();
    code.endControlFlow();
    bindings.remove(u.variable());
    return r;
  }

  // ------------------------------------------------------------------ values

  private Value value(TypedExpr e) {
    if (e instanceof TypedExpr.Root) {
      return new Value(CodeBlock.of("facts"), Optional.of(EvidencePath.ROOT));
    }
    if (e instanceof TypedExpr.Var v) {
      Binding b = bindings.get(v.variable());
      return new Value(CodeBlock.of("$N", b.local()), b.path());
    }
    if (e instanceof TypedExpr.Field f) {
      Value target = value(f.target());
      return new Value(CodeBlock.of("$L.$N()", target.expr(), JavaNames.member(f.field().name())),
          target.path().map(p -> p.field(f.field().name())));
    }
    if (e instanceof TypedExpr.Unwrap u) {
      Value inner = value(u.inner());
      String boxed = local("o");
      code.addStatement("$T $N = $L", types.of(u.inner().type()), boxed, inner.expr());
      code.beginControlFlow("if ($N == null)", boxed);
      code.addStatement("ev.absent($L)", inner.path().filter(p -> !p.isRoot()).map(EvidencePath::args)
          .orElse(CodeBlock.of("$S", u.span().text())));
      code.endControlFlow();
      TypeName plain = types.of(u.type());
      if (plain.isPrimitive()) {
        String unboxed = local("u");
        code.addStatement("$T $N = $N", plain, unboxed, boxed);
        return new Value(CodeBlock.of("$N", unboxed), inner.path());
      }
      return new Value(CodeBlock.of("$N", boxed), inner.path());
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return new Value(CodeBlock.of("$T.$N", owner(c.constant()), JavaNames.constant(c.constant().name())), Optional.empty());
    }
    if (e instanceof TypedExpr.ListLit l) {
      return new Value(CodeBlock.of("$N", pool.list(l)), Optional.empty());
    }
    if (e instanceof TypedExpr.AsOf) {
      return new Value(CodeBlock.of("ev.asOf()"), Optional.empty());
    }
    if (e instanceof TypedExpr.Shift s) {
      Value base = value(s.base());
      String unit = s.unit().name().charAt(0) + s.unit().name().substring(1).toLowerCase(java.util.Locale.ROOT);
      return new Value(CodeBlock.of("$L.$L$L($LL)", base.expr(), s.plus() ? "plus" : "minus", unit, s.amount()),
          Optional.empty());
    }
    if (e instanceof TypedExpr.CountOf c) {
      String count = local("count");
      code.addStatement("long $N = 0", count);
      Optional<EvidencePath> listPath = pathOf(c.list());
      openLoop(c.variable(), c.list());
      filter(c.filter());
      code.addStatement("$N++", count);
      code.endControlFlow();
      bindings.remove(c.variable());
      return new Value(CodeBlock.of("$N", count), listPath);
    }
    if (e instanceof TypedExpr.AnswerOf a) {
      return new Value(CodeBlock.of("ev.answerValue($N)", pool.clause(a.clause())),
          Optional.of(EvidencePath.literal(Questions.path(a.clause()))));
    }
    if (e.type() == Type.Primitive.BOOLEAN) {
      return new Value(CodeBlock.of("$N", bool(e)), Optional.empty());
    }
    if (e instanceof TypedExpr.StringLit || e instanceof TypedExpr.IntegerLit || e instanceof TypedExpr.NumberLit
        || e instanceof TypedExpr.DateLit || e instanceof TypedExpr.EnumLit) {
      return new Value(ConstantsEmitter.literal(e, types), Optional.empty());
    }
    throw new IllegalStateException("cannot emit " + e.getClass().getSimpleName() + " at " + e.span());
  }

  // ------------------------------------------------------------------ paths and blame

  /** The evidence path of an expression, known statically, if it reads the evidence directly. */
  private Optional<EvidencePath> pathOf(TypedExpr e) {
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

  /** The evidence paths an expression reads, for blaming a negation. */
  private void readPaths(TypedExpr e, List<EvidencePath> out) {
    if (e instanceof TypedExpr.Field || e instanceof TypedExpr.Unwrap || e instanceof TypedExpr.Var) {
      pathOf(e).filter(p -> !p.isRoot()).ifPresent(out::add);
      return;
    }
    for (TypedExpr child : ExprWalker.children(e)) {
      readPaths(child, out);
    }
  }

  /** Emits a boolean sub-expression with blame switched off. */
  private String quietly(TypedExpr e) {
    boolean saved = quiet;
    quiet = true;
    try {
      return bool(e);
    } finally {
      quiet = saved;
    }
  }

  /** Blames the evidence paths {@code e} reads when {@code result} is false. */
  private void blameReads(String result, TypedExpr e) {
    if (quiet) {
      return;
    }
    List<EvidencePath> read = new ArrayList<>();
    readPaths(e, read);
    if (!read.isEmpty()) {
      code.beginControlFlow("if (!$N)", result);
      read.forEach(this::blame);
      code.endControlFlow();
    }
  }

  @SafeVarargs
  private void blameIfFalse(String result, Optional<EvidencePath>... paths) {
    if (quiet) {
      return;
    }
    List<EvidencePath> real = new ArrayList<>();
    for (Optional<EvidencePath> p : paths) {
      p.filter(x -> !x.isRoot()).ifPresent(real::add);
    }
    if (real.isEmpty()) {
      return;
    }
    code.beginControlFlow("if (!$N)", result);
    real.forEach(this::blame);
    code.endControlFlow();
  }

  private void blame(EvidencePath path) {
    if (!quiet && !path.isRoot()) {
      code.addStatement("ev.blame($L)", path.args());
    }
  }

  private ClassName owner(Constant c) {
    return constantOwners.get(c.name());
  }

  private String local(String base) {
    return base + "_" + counter++;
  }
}
