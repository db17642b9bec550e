package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.runtime.eval.Truth;
import dev.kijun.runtime.eval.Values;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.eval.Questions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
 * passing path records nothing and allocates nothing; membership and uniqueness are hashed, so every check is
 * linear in the evidence.
 */
final class ExprEmitter {
  private final JavaTypes types;
  private final LiteralPool pool;
  private final Map<String, ClassName> constantOwners;
  private final CodeBlock.Builder code = CodeBlock.builder();
  private final Map<Variable, Binding> bindings = new IdentityHashMap<>();
  private final Deque<Guard> guards = new ArrayDeque<>();
  private int counter;
  /** True while emitting a sub-expression whose failures are never reported. */
  private boolean quiet;

  /** The element an evidence value belongs to: its record's name and an expression for its id (or name). */
  private record Subject(String kind, CodeBlock id) {}

  private record Binding(String local, Optional<EvidencePath> path, Optional<Subject> subject) {}

  /** A value: a Java expression and, when it comes from the evidence, its path and the element it belongs to. */
  private record Value(CodeBlock expr, Optional<EvidencePath> path, Optional<Subject> subject) {
    Value(CodeBlock expr) {
      this(expr, Optional.empty(), Optional.empty());
    }
  }

  /**
   * Blocks opened while reading values that may be unknown: each is {@code if (unknown) { onUnknown } else {},
   * closed when the node that needed the values is done.
   */
  private static final class Guard {
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
    return code.build();
  }

  // ------------------------------------------------------------------ booleans

  private String bool(TypedExpr e) {
    if (e instanceof TypedExpr.Logical l) {
      return logical(l);
    }
    if (e instanceof TypedExpr.Not n) {
      return not(n);
    }
    if (e instanceof TypedExpr.Quantified q) {
      return q.forall() ? forall(q) : exists(q);
    }
    if (e instanceof TypedExpr.UniqueBy u) {
      return unique(u);
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      String r = local("t");
      code.addStatement("$T $N = $T.$L", Truth.class, r, Truth.class, b.value() ? "TRUE" : "FALSE");
      return r;
    }
    String r = atomStart();
    if (e instanceof TypedExpr.Compare c) {
      compare(r, c);
    } else if (e instanceof TypedExpr.In i) {
      membership(r, i);
    } else if (e instanceof TypedExpr.SubsetOf s) {
      subset(r, s);
    } else if (e instanceof TypedExpr.Presence p) {
      presence(r, p);
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
  private String atomStart() {
    String r = local("t");
    code.addStatement("$T $N", Truth.class, r);
    guards.push(new Guard(CodeBlock.of("$N = $T.UNKNOWN", r, Truth.class)));
    return r;
  }

  private void atomEnd() {
    Guard g = guards.pop();
    for (int i = 0; i < g.open; i++) {
      code.endControlFlow();
    }
  }

  /** Opens {@code if (cond) { record; onUnknown } else {} in the innermost guard. */
  private void unknownIf(CodeBlock cond, CodeBlock record) {
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

  /** {@code not} over an atom without a negated form; the operand is evaluated quietly. */
  private String not(TypedExpr.Not n) {
    String m = mark();
    String inner = quietly(n.operand());
    String r = local("t");
    code.addStatement("$T $N = $T.not($N)", Truth.class, r, Truth.class, inner);
    code.beginControlFlow("if ($N == $T.TRUE)", r, Truth.class).addStatement("ev.reset($N)", m).endControlFlow();
    if (quiet) {
      return r;
    }
    TypedExpr op = n.operand();
    if (op.type() == Type.Primitive.BOOLEAN && (op instanceof TypedExpr.Field || op instanceof TypedExpr.Var
        || op instanceof TypedExpr.Unwrap)) {
      Optional<EvidencePath> path = pathOf(op).filter(p -> !p.isRoot());
      if (path.isPresent()) {
        code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
        fail(subjectOf(op), CodeBlock.of("$S", "true"), "false", null, path.get());
        code.endControlFlow();
      }
      return r;
    }
    List<TypedExpr> reads = new ArrayList<>();
    readPaths(op, reads);
    if (!reads.isEmpty()) {
      code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
      List<String> seen = new ArrayList<>();
      for (TypedExpr read : reads) {
        EvidencePath p = pathOf(read).get();
        if (!seen.contains(p.toString())) {
          seen.add(p.toString());
          fail(subjectOf(read), CodeBlock.of("null"), "not (" + OperandText.source(op) + ")", null, p);
        }
      }
      code.endControlFlow();
    }
    return r;
  }

  private void compare(String r, TypedExpr.Compare c) {
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
    code.addStatement("$N = ($L) ? $T.TRUE : $T.FALSE", r, test, Truth.class, Truth.class);
    if (quiet) {
      return;
    }
    Optional<String> rightText = OperandText.of(c.right());
    Optional<String> leftText = OperandText.of(c.left());
    boolean blameLeft = left.path().filter(p -> !p.isRoot()).isPresent();
    boolean blameRight = right.path().filter(p -> !p.isRoot()).isPresent();
    if (!blameLeft && !blameRight) {
      return;
    }
    code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
    if (blameLeft) {
      fail(left.subject(), left.expr(), c.op().symbol() + " " + rightText.orElse(""),
          rightText.isPresent() ? null : right.expr(), left.path().get());
    }
    if (blameRight) {
      fail(right.subject(), right.expr(), OperandText.flipped(c.op()).symbol() + " " + leftText.orElse(""),
          leftText.isPresent() ? null : left.expr(), right.path().get());
    }
    code.endControlFlow();
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

  private void membership(String r, TypedExpr.In in) {
    Value element = value(in.element());
    Value list = listValue(in.list());
    CodeBlock collection = lookup(in.list(), list);
    code.addStatement("$N = $L$L.contains($L) ? $T.TRUE : $T.FALSE", r, in.negated() ? "!" : "", collection,
        element.expr(), Truth.class, Truth.class);
    if (quiet) {
      return;
    }
    Optional<String> listText = OperandText.of(in.list());
    boolean blameElement = element.path().filter(p -> !p.isRoot()).isPresent();
    boolean blameList = list.path().filter(p -> !p.isRoot()).isPresent();
    if (!blameElement && !blameList) {
      return;
    }
    code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
    if (blameElement) {
      fail(element.subject(), element.expr(), (in.negated() ? "not in " : "in ") + listText.orElse(""),
          listText.isPresent() ? null : list.expr(), element.path().get());
    }
    if (blameList) {
      Optional<String> elementText = OperandText.of(in.element());
      fail(list.subject(), list.expr(), (in.negated() ? "not containing " : "containing ") + elementText.orElse(""),
          elementText.isPresent() ? null : element.expr(), list.path().get());
    }
    code.endControlFlow();
  }

  /** The list operand of a membership or subset test; constants and literals need no value. */
  private Value listValue(TypedExpr list) {
    if (list instanceof TypedExpr.ConstRef || list instanceof TypedExpr.ListLit) {
      return new Value(CodeBlock.of("null"));
    }
    return value(list);
  }

  /** A collection to test membership in: a hashed set for constants and literals, the list itself otherwise. */
  private CodeBlock lookup(TypedExpr list, Value v) {
    if (list instanceof TypedExpr.ConstRef c) {
      return CodeBlock.of("$T.$N", owner(c.constant()), ConstantsEmitter.setName(c.constant().name()));
    }
    if (list instanceof TypedExpr.ListLit l) {
      return CodeBlock.of("$N", pool.set(l));
    }
    String set = local("set");
    code.addStatement("$T<Object> $N = new $T<>($L)", java.util.Set.class, set, HashSet.class, v.expr());
    return CodeBlock.of("$N", set);
  }

  private void subset(String r, TypedExpr.SubsetOf s) {
    Value left = value(s.left());
    Value rightList = listValue(s.right());
    CodeBlock right = lookup(s.right(), rightList);
    Optional<String> rightText = OperandText.of(s.right());
    String list = local("l");
    String i = local("i");
    code.addStatement("$T<?> $N = $L", List.class, list, left.expr());
    code.addStatement("$N = $T.TRUE", r, Truth.class);
    code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", i, i, list, i);
    code.beginControlFlow("if (!$L.contains($N.get($N)))", right, list, i);
    code.addStatement("$N = $T.FALSE", r, Truth.class);
    if (!quiet) {
      CodeBlock element = CodeBlock.of("$N.get($N)", list, i);
      if (left.path().filter(p -> !p.isRoot()).isPresent()) {
        fail(left.subject(), element, "in " + rightText.orElse(""), rightText.isPresent() ? null : rightList.expr(),
            left.path().get().index(i));
      } else if (rightList.path().filter(p -> !p.isRoot()).isPresent()) {
        fail(rightList.subject(), rightList.expr(), "containing ", element, rightList.path().get());
      }
    }
    code.endControlFlow();
    code.endControlFlow();
  }

  private void presence(String r, TypedExpr.Presence p) {
    Value v = value(p.operand());
    code.addStatement("$N = ($L $L null) ? $T.TRUE : $T.FALSE", r, v.expr(), p.present() ? "!=" : "==",
        Truth.class, Truth.class);
    failIf(r, v, CodeBlock.of("$S", p.present() ? "absent" : "present"), p.present() ? "present" : "absent", null);
  }

  private record Loop(Value list, String local, String index, String element, String selected) {}

  /** Opens {@code for (…) { var x = list.get(i);} and binds the variable; the caller closes the loop. */
  private Loop openLoop(Variable v, TypedExpr listExpr, boolean countSelected) {
    Value list = value(listExpr);
    String l = local("l");
    String i = local("i");
    String x = local(v.name());
    String selected = countSelected ? local("n") : null;
    TypeName element = types.of(v.type()).box();
    code.addStatement("$T<$T> $N = $L", List.class, element, l, list.expr());
    if (selected != null) {
      code.addStatement("int $N = 0", selected);
    }
    code.beginControlFlow("for (int $N = 0, n_$N = $N.size(); $N < n_$N; $N++)", i, i, l, i, i, i);
    code.addStatement("$T $N = $N.get($N)", element, x, l, i);
    Optional<Subject> subject = ownSubject(v.type(), CodeBlock.of("$N", x)).or(list::subject);
    bindings.put(v, new Binding(x, list.path().map(p -> p.index(i)), subject));
    return new Loop(list, l, i, x, selected);
  }

  /** The element's own subject: a record with a string {@code id} (or else {@code name}) field. */
  private static Optional<Subject> ownSubject(Type t, CodeBlock element) {
    if (!(t instanceof Type.RecordType rec)) {
      return Optional.empty();
    }
    for (String name : List.of("id", "name")) {
      Optional<FieldDef> f = rec.def().field(name);
      if (f.isPresent() && f.get().type() == Type.Primitive.STRING) {
        return Optional.of(new Subject(rec.def().name(), CodeBlock.of("$L.$N()", element, JavaNames.member(name))));
      }
    }
    return Optional.empty();
  }

  /** Evaluates a filter quietly; returns its truth, or null when there is none (every element is selected). */
  private String filter(Optional<TypedExpr> filter) {
    return filter.isEmpty() ? null : quietly(filter.get());
  }

  private String forall(TypedExpr.Quantified q) {
    String r = atomStart();
    boolean note = !quiet && pathOf(q.list()).filter(p -> !p.isRoot()).isPresent();
    code.addStatement("$N = $T.TRUE", r, Truth.class);
    Loop loop = openLoop(q.variable(), q.list(), note);
    String me = q.filter().isPresent() ? mark() : null;
    String f = filter(q.filter());
    if (f != null) {
      code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
    }
    if (note) {
      code.addStatement("$N++", loop.selected());
    }
    String body = bool(q.body());
    if (f != null) {
      code.beginControlFlow("if ($N == $T.UNKNOWN)", f, Truth.class);
      code.beginControlFlow("if ($N == $T.TRUE)", body, Truth.class).addStatement("ev.reset($N)", me);
      code.nextControlFlow("else").addStatement("ev.dropFailures($N)", me)
          .addStatement("$N = $T.UNKNOWN", body, Truth.class);
      code.endControlFlow();
      code.endControlFlow();
    }
    code.addStatement("$N = $T.and($N, $N)", r, Truth.class, r, body);
    code.endControlFlow();
    bindings.remove(q.variable());
    if (note) {
      String filterText = q.filter().map(OperandText::source).orElse("");
      code.beginControlFlow("if ($N == 0)", loop.selected());
      Optional<Subject> s = loop.list().subject();
      code.addStatement("ev.vacuous($N.size(), $S, $S, $L, $L)", loop.local(), filterText,
          s.map(Subject::kind).orElse(""), s.map(Subject::id).orElse(CodeBlock.of("null")),
          loop.list().path().get().args());
      code.endControlFlow();
    }
    atomEnd();
    return r;
  }

  private String exists(TypedExpr.Quantified q) {
    String r = atomStart();
    code.addStatement("$N = $T.FALSE", r, Truth.class);
    String m = mark();
    Loop loop = openLoop(q.variable(), q.list(), false);
    String me = mark();
    String f = filter(q.filter());
    if (f != null) {
      code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
    }
    // The body's own failures are not wanted: when nothing matches, the list is what explains the failure.
    String body = quietly(q.body());
    String element = local("t");
    code.addStatement("$T $N = $L", Truth.class, element,
        f == null ? CodeBlock.of("$N", body) : CodeBlock.of("$T.and($N, $N)", Truth.class, f, body));
    code.beginControlFlow("if ($N == $T.TRUE)", element, Truth.class).addStatement("$N = $T.TRUE", r, Truth.class)
        .addStatement("break").endControlFlow();
    code.beginControlFlow("if ($N == $T.UNKNOWN)", element, Truth.class)
        .addStatement("$N = $T.UNKNOWN", r, Truth.class).endControlFlow();
    code.endControlFlow();
    bindings.remove(q.variable());
    code.beginControlFlow("if ($N == $T.TRUE)", r, Truth.class).addStatement("ev.reset($N)", m).endControlFlow();
    Optional<EvidencePath> listPath = loop.list().path().filter(p -> !p.isRoot());
    if (listPath.isPresent() && !quiet) {
      code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
      fail(loop.list().subject(), CodeBlock.of("$T.elements($N.size())", Values.class, loop.local()),
          OperandText.source(q), null, listPath.get());
      code.endControlFlow();
    }
    atomEnd();
    return r;
  }

  private String unique(TypedExpr.UniqueBy u) {
    String r = atomStart();
    String unknown = local("u");
    String seen = local("seen");
    code.addStatement("$N = $T.TRUE", r, Truth.class);
    code.addStatement("boolean $N = false", unknown);
    code.addStatement("$T<Object, Integer> $N = new $T<>()", Map.class, seen, HashMap.class);
    Loop loop = openLoop(u.variable(), u.list(), false);
    if (u.filter().isPresent()) {
      String me = mark();
      String f = filter(u.filter());
      code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
      code.beginControlFlow("if ($N == $T.UNKNOWN)", f, Truth.class).addStatement("$N = true", unknown)
          .addStatement("continue").endControlFlow();
    }
    guards.push(new Guard(CodeBlock.of("$N = true", unknown)));
    Value key = value(u.key());
    String previous = local("prev");
    code.addStatement("Integer $N = $N.putIfAbsent($L, $N)", previous, seen, key.expr(), loop.index());
    code.beginControlFlow("if ($N != null)", previous);
    code.addStatement("$N = $T.FALSE", r, Truth.class);
    if (key.path().isPresent() && !quiet) {
      String prevIndex = local("p");
      code.addStatement("int $N = $N", prevIndex, previous);
      Binding b = bindings.get(u.variable());
      Optional<Subject> prevSubject = ownSubject(u.variable().type(), CodeBlock.of("$N.get($N)", loop.local(), prevIndex))
          .or(() -> loop.list().subject());
      Optional<Subject> keySubject = key.subject().equals(b.subject()) ? prevSubject : key.subject();
      fail(keySubject, key.expr(), "a value no other element has", null,
          key.path().get().renameIndex(loop.index(), prevIndex));
      fail(key.subject(), key.expr(), "a value no other element has", null, key.path().get());
    }
    code.endControlFlow();
    atomEnd();
    code.endControlFlow();
    bindings.remove(u.variable());
    code.beginControlFlow("if ($N != $T.FALSE && $N)", r, Truth.class, unknown)
        .addStatement("$N = $T.UNKNOWN", r, Truth.class).endControlFlow();
    atomEnd();
    return r;
  }

  // ------------------------------------------------------------------ values

  private Value value(TypedExpr e) {
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
      return new Value(CodeBlock.of("$L.$L$L($LL)", base.expr(), s.plus() ? "plus" : "minus", unit, s.amount()));
    }
    if (e instanceof TypedExpr.CountOf c) {
      return count(c);
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

  private Value count(TypedExpr.CountOf c) {
    String count = local("count");
    String unknown = local("cu");
    code.addStatement("long $N = 0", count);
    code.addStatement("boolean $N = false", unknown);
    Loop loop = openLoop(c.variable(), c.list(), false);
    if (c.filter().isPresent()) {
      String me = mark();
      String f = quietly(c.filter().get());
      code.beginControlFlow("if ($N == $T.TRUE)", f, Truth.class).addStatement("$N++", count);
      code.nextControlFlow("else if ($N == $T.UNKNOWN)", f, Truth.class).addStatement("$N = true", unknown);
      code.nextControlFlow("else").addStatement("ev.reset($N)", me).endControlFlow();
    } else {
      code.addStatement("$N++", count);
    }
    code.endControlFlow();
    bindings.remove(c.variable());
    unknownIf(CodeBlock.of("$N", unknown), null);
    return new Value(CodeBlock.of("$N", count), loop.list().path(), loop.list().subject());
  }

  // ------------------------------------------------------------------ paths and failures

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

  /** The subject of a path expression: the innermost bound element it reads through. */
  private Optional<Subject> subjectOf(TypedExpr e) {
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
  private void readPaths(TypedExpr e, List<TypedExpr> out) {
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
  private String quietly(TypedExpr e) {
    boolean saved = quiet;
    quiet = true;
    try {
      return bool(e);
    } finally {
      quiet = saved;
    }
  }

  /** Records {@code v} as failing when {@code result} is FALSE, if it has an evidence path. */
  private void failIf(String result, Value v, CodeBlock shown, String expected, CodeBlock expectedValue) {
    if (quiet || v.path().filter(p -> !p.isRoot()).isEmpty()) {
      return;
    }
    code.beginControlFlow("if ($N == $T.FALSE)", result, Truth.class);
    fail(v.subject(), shown, expected, expectedValue, v.path().get());
    code.endControlFlow();
  }

  private void fail(Optional<Subject> subject, CodeBlock value, String expectedPrefix, CodeBlock expectedValue,
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

  private String mark() {
    String m = local("m");
    code.addStatement("int $N = ev.mark()", m);
    return m;
  }

  private ClassName owner(Constant c) {
    return constantOwners.get(c.name());
  }

  private String local(String base) {
    return base + "_" + counter++;
  }
}
