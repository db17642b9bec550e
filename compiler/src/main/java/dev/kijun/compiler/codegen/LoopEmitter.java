package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.runtime.eval.FirstIndex;
import dev.kijun.runtime.eval.Truth;
import dev.kijun.runtime.eval.Values;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The list constructs of {@link ExprEmitter}: {@code forall}, {@code exists}, {@code unique} and {@code count},
 * each a loop over every element with its {@code where} filter evaluated quietly, following the rules of
 * docs/evidence.md. Shares the emitter's state (code, bindings, guards).
 */
final class LoopEmitter {
  private final ExprEmitter e;

  LoopEmitter(ExprEmitter e) {
    this.e = e;
  }

  record Loop(ExprEmitter.Value list, String local, String index, String element, String selected) {}

  /** Opens {@code for (…) { var x = list.get(i);} and binds the variable; the caller closes the loop. */
  Loop openLoop(Variable v, TypedExpr listExpr, boolean countSelected) {
    return openLoop(v, listExpr, countSelected, list -> { });
  }

  /** As {@link #openLoop(Variable, TypedExpr, boolean)}, emitting {@code beforeLoop(list local)} before the loop. */
  private Loop openLoop(Variable v, TypedExpr listExpr, boolean countSelected, Consumer<String> beforeLoop) {
    ExprEmitter.Value list = e.value(listExpr);
    String l = e.local("l");
    String i = e.local("i");
    String x = e.local(v.name());
    String selected = countSelected ? e.local("n") : null;
    TypeName element = e.types.of(v.type()).box();
    e.code.addStatement("$T<$T> $N = $L", List.class, element, l, list.expr());
    if (selected != null) {
      e.code.addStatement("int $N = 0", selected);
    }
    beforeLoop.accept(l);
    e.code.beginControlFlow("for (int $N = 0, n_$N = $N.size(); $N < n_$N; $N++)", i, i, l, i, i, i);
    e.code.addStatement("$T $N = $N.get($N)", element, x, l, i);
    Optional<ExprEmitter.Subject> subject = ownSubject(v.type(), CodeBlock.of("$N", x)).or(list::subject);
    e.bindings.put(v, new ExprEmitter.Binding(x, list.path().map(p -> p.index(i)), subject));
    return new Loop(list, l, i, x, selected);
  }

  /** The element's own subject: a record with a string {@code id} (or else {@code name}) field. */
  private static Optional<ExprEmitter.Subject> ownSubject(Type t, CodeBlock element) {
    if (!(t instanceof Type.RecordType rec)) {
      return Optional.empty();
    }
    for (String name : List.of("id", "name")) {
      Optional<FieldDef> f = rec.def().field(name);
      if (f.isPresent() && f.get().type() == Type.Primitive.STRING) {
        return Optional.of(new ExprEmitter.Subject(rec.def().name(), CodeBlock.of("$L.$N()", element, JavaNames.member(name))));
      }
    }
    return Optional.empty();
  }

  /** Evaluates a filter quietly; returns its truth, or null when there is none (every element is selected). */
  String filter(Optional<TypedExpr> filter) {
    return filter.isEmpty() ? null : e.quietly(filter.get());
  }

  String forall(TypedExpr.Quantified q) {
    String r = e.atomStart();
    boolean note = !e.quiet && e.pathOf(q.list()).filter(p -> !p.isRoot()).isPresent();
    e.code.addStatement("$N = $T.TRUE", r, Truth.class);
    Loop loop = openLoop(q.variable(), q.list(), note);
    String me = q.filter().isPresent() ? e.mark() : null;
    String f = filter(q.filter());
    if (f != null) {
      e.code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
    }
    if (note) {
      e.code.addStatement("$N++", loop.selected());
    }
    String body = e.bool(q.body());
    if (f != null) {
      e.code.beginControlFlow("if ($N == $T.UNKNOWN)", f, Truth.class);
      e.code.beginControlFlow("if ($N == $T.TRUE)", body, Truth.class).addStatement("ev.reset($N)", me);
      e.code.nextControlFlow("else").addStatement("ev.dropFailures($N)", me)
          .addStatement("$N = $T.UNKNOWN", body, Truth.class);
      e.code.endControlFlow();
      e.code.endControlFlow();
    }
    e.code.addStatement("$N = $T.and($N, $N)", r, Truth.class, r, body);
    e.code.endControlFlow();
    e.bindings.remove(q.variable());
    if (note) {
      String filterText = q.filter().map(OperandText::source).orElse("");
      e.code.beginControlFlow("if ($N == 0)", loop.selected());
      Optional<ExprEmitter.Subject> s = loop.list().subject();
      e.code.addStatement("ev.vacuous($N.size(), $S, $S, $L, $L)", loop.local(), filterText,
          s.map(ExprEmitter.Subject::kind).orElse(""), s.map(ExprEmitter.Subject::id).orElse(CodeBlock.of("null")),
          loop.list().path().get().args());
      e.code.endControlFlow();
    }
    e.atomEnd();
    return r;
  }

  String exists(TypedExpr.Quantified q) {
    String r = e.atomStart();
    e.code.addStatement("$N = $T.FALSE", r, Truth.class);
    String m = e.mark();
    Loop loop = openLoop(q.variable(), q.list(), false);
    String me = e.mark();
    String f = filter(q.filter());
    if (f != null) {
      e.code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
    }
    // The body's own failures are not wanted: when nothing matches, the list is what explains the failure.
    String body = e.quietly(q.body());
    String element = e.local("t");
    e.code.addStatement("$T $N = $L", Truth.class, element,
        f == null ? CodeBlock.of("$N", body) : CodeBlock.of("$T.and($N, $N)", Truth.class, f, body));
    e.code.beginControlFlow("if ($N == $T.TRUE)", element, Truth.class).addStatement("$N = $T.TRUE", r, Truth.class)
        .addStatement("break").endControlFlow();
    e.code.beginControlFlow("if ($N == $T.UNKNOWN)", element, Truth.class)
        .addStatement("$N = $T.UNKNOWN", r, Truth.class).endControlFlow();
    e.code.endControlFlow();
    e.bindings.remove(q.variable());
    e.code.beginControlFlow("if ($N == $T.TRUE)", r, Truth.class).addStatement("ev.reset($N)", m).endControlFlow();
    Optional<EvidencePath> listPath = loop.list().path().filter(p -> !p.isRoot());
    if (listPath.isPresent() && !e.quiet) {
      e.code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
      e.fail(loop.list().subject(), CodeBlock.of("$T.elements($N.size())", Values.class, loop.local()),
          OperandText.source(q), null, listPath.get());
      e.code.endControlFlow();
    }
    e.atomEnd();
    return r;
  }

  String unique(TypedExpr.UniqueBy u) {
    String r = e.atomStart();
    String unknown = e.local("u");
    String seen = e.local("seen");
    e.code.addStatement("$N = $T.TRUE", r, Truth.class);
    e.code.addStatement("boolean $N = false", unknown);
    Loop loop = openLoop(u.variable(), u.list(), false,
        list -> e.code.addStatement("$T $N = new $T($N.size())", FirstIndex.class, seen, FirstIndex.class, list));
    if (u.filter().isPresent()) {
      String me = e.mark();
      String f = filter(u.filter());
      e.code.beginControlFlow("if ($N == $T.FALSE)", f, Truth.class).addStatement("ev.reset($N)", me)
          .addStatement("continue").endControlFlow();
      e.code.beginControlFlow("if ($N == $T.UNKNOWN)", f, Truth.class).addStatement("$N = true", unknown)
          .addStatement("continue").endControlFlow();
    }
    e.guards.push(new ExprEmitter.Guard(CodeBlock.of("$N = true", unknown)));
    ExprEmitter.Value key = e.value(u.key());
    String previous = e.local("prev");
    e.code.addStatement("int $N = $N.putIfAbsent($L, $N)", previous, seen, key.expr(), loop.index());
    e.code.beginControlFlow("if ($N >= 0)", previous);
    e.code.addStatement("$N = $T.FALSE", r, Truth.class);
    if (key.path().isPresent() && !e.quiet) {
      ExprEmitter.Binding b = e.bindings.get(u.variable());
      Optional<ExprEmitter.Subject> prevSubject = ownSubject(u.variable().type(), CodeBlock.of("$N.get($N)", loop.local(), previous))
          .or(() -> loop.list().subject());
      Optional<ExprEmitter.Subject> keySubject = key.subject().equals(b.subject()) ? prevSubject : key.subject();
      e.fail(keySubject, key.expr(), "a value no other element has", null,
          key.path().get().renameIndex(loop.index(), previous));
      e.fail(key.subject(), key.expr(), "a value no other element has", null, key.path().get());
    }
    e.code.endControlFlow();
    e.atomEnd();
    e.code.endControlFlow();
    e.bindings.remove(u.variable());
    e.code.beginControlFlow("if ($N != $T.FALSE && $N)", r, Truth.class, unknown)
        .addStatement("$N = $T.UNKNOWN", r, Truth.class).endControlFlow();
    e.atomEnd();
    return r;
  }

  ExprEmitter.Value count(TypedExpr.CountOf c) {
    String count = e.local("count");
    String unknown = e.local("cu");
    e.code.addStatement("long $N = 0", count);
    e.code.addStatement("boolean $N = false", unknown);
    Loop loop = openLoop(c.variable(), c.list(), false);
    if (c.filter().isPresent()) {
      String me = e.mark();
      String f = e.quietly(c.filter().get());
      e.code.beginControlFlow("if ($N == $T.TRUE)", f, Truth.class).addStatement("$N++", count);
      e.code.nextControlFlow("else if ($N == $T.UNKNOWN)", f, Truth.class).addStatement("$N = true", unknown);
      e.code.nextControlFlow("else").addStatement("ev.reset($N)", me).endControlFlow();
    } else {
      e.code.addStatement("$N++", count);
    }
    e.code.endControlFlow();
    e.bindings.remove(c.variable());
    e.unknownIf(CodeBlock.of("$N", unknown), null);
    return new ExprEmitter.Value(CodeBlock.of("$N", count), loop.list().path(), loop.list().subject());
  }
}
