package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.runtime.eval.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The atoms of {@link ExprEmitter}: comparisons, membership, subset and presence tests, and {@code not} over atoms
 * without a negated form. Each computes its {@code Truth} inside the guard its operands opened and, outside quiet
 * contexts, records what failed: the value, the element it belongs to and what it was compared with.
 */
final class AtomEmitter {
  private final ExprEmitter e;

  AtomEmitter(ExprEmitter e) {
    this.e = e;
  }

  /** {@code not} over an atom without a negated form; the operand is evaluated quietly. */
  String not(TypedExpr.Not n) {
    String m = e.mark();
    String inner = e.quietly(n.operand());
    String r = e.local("t");
    e.code.addStatement("$T $N = $T.not($N)", Truth.class, r, Truth.class, inner);
    e.code.beginControlFlow("if ($N == $T.TRUE)", r, Truth.class).addStatement("ev.reset($N)", m).endControlFlow();
    if (e.quiet) {
      return r;
    }
    TypedExpr op = n.operand();
    if (op.type() == Type.Primitive.BOOLEAN && (op instanceof TypedExpr.Field || op instanceof TypedExpr.Var
        || op instanceof TypedExpr.Unwrap)) {
      Optional<EvidencePath> path = e.pathOf(op).filter(p -> !p.isRoot());
      if (path.isPresent()) {
        e.code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
        e.fail(e.subjectOf(op), CodeBlock.of("$S", "true"), "false", null, path.get());
        e.code.endControlFlow();
      }
      return r;
    }
    List<TypedExpr> reads = new ArrayList<>();
    e.readPaths(op, reads);
    if (!reads.isEmpty()) {
      e.code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
      List<String> seen = new ArrayList<>();
      for (TypedExpr read : reads) {
        EvidencePath p = e.pathOf(read).get();
        if (!seen.contains(p.toString())) {
          seen.add(p.toString());
          e.fail(e.subjectOf(read), CodeBlock.of("null"), "not (" + OperandText.source(op) + ")", null, p);
        }
      }
      e.code.endControlFlow();
    }
    return r;
  }

  void compare(String r, TypedExpr.Compare c) {
    ExprEmitter.Value left = e.value(c.left());
    ExprEmitter.Value right = e.value(c.right());
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
    e.code.addStatement("$N = ($L) ? $T.TRUE : $T.FALSE", r, test, Truth.class, Truth.class);
    if (e.quiet) {
      return;
    }
    Optional<String> rightText = OperandText.of(c.right());
    Optional<String> leftText = OperandText.of(c.left());
    boolean blameLeft = left.path().filter(p -> !p.isRoot()).isPresent();
    boolean blameRight = right.path().filter(p -> !p.isRoot()).isPresent();
    if (!blameLeft && !blameRight) {
      return;
    }
    e.code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
    if (blameLeft) {
      e.fail(left.subject(), left.expr(), c.op().symbol() + " " + rightText.orElse(""),
          rightText.isPresent() ? null : right.expr(), left.path().get());
    }
    if (blameRight) {
      e.fail(right.subject(), right.expr(), OperandText.flipped(c.op()).symbol() + " " + leftText.orElse(""),
          leftText.isPresent() ? null : left.expr(), right.path().get());
    }
    e.code.endControlFlow();
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

  void membership(String r, TypedExpr.In in) {
    ExprEmitter.Value element = e.value(in.element());
    ExprEmitter.Value list = listValue(in.list());
    CodeBlock collection = lookup(in.list(), list, false);
    e.code.addStatement("$N = $L$L.contains($L) ? $T.TRUE : $T.FALSE", r, in.negated() ? "!" : "", collection,
        element.expr(), Truth.class, Truth.class);
    if (e.quiet) {
      return;
    }
    Optional<String> listText = OperandText.of(in.list());
    boolean blameElement = element.path().filter(p -> !p.isRoot()).isPresent();
    boolean blameList = list.path().filter(p -> !p.isRoot()).isPresent();
    if (!blameElement && !blameList) {
      return;
    }
    e.code.beginControlFlow("if ($N == $T.FALSE)", r, Truth.class);
    if (blameElement) {
      e.fail(element.subject(), element.expr(), (in.negated() ? "not in " : "in ") + listText.orElse(""),
          listText.isPresent() ? null : list.expr(), element.path().get());
    }
    if (blameList) {
      Optional<String> elementText = OperandText.of(in.element());
      e.fail(list.subject(), list.expr(), (in.negated() ? "not containing " : "containing ") + elementText.orElse(""),
          elementText.isPresent() ? null : element.expr(), list.path().get());
    }
    e.code.endControlFlow();
  }

  /** The list operand of a membership or subset test; constants and literals need no value. */
  private ExprEmitter.Value listValue(TypedExpr list) {
    if (list instanceof TypedExpr.ConstRef || list instanceof TypedExpr.ListLit) {
      return new ExprEmitter.Value(CodeBlock.of("null"));
    }
    return e.value(list);
  }

  /**
   * A collection to test membership in: a hashed set for constants and literals; for a list from evidence, the list
   * itself when it is searched once (hashing it would read it whole too, and allocate), a hashed copy when it is
   * searched {@code repeatedly} (once per element of a subset's left side).
   */
  private CodeBlock lookup(TypedExpr list, ExprEmitter.Value v, boolean repeatedly) {
    if (list instanceof TypedExpr.ConstRef c) {
      return CodeBlock.of("$T.$N", e.owner(c.constant()), ConstantsEmitter.setName(c.constant().name()));
    }
    if (list instanceof TypedExpr.ListLit l) {
      return CodeBlock.of("$N", e.pool.set(l));
    }
    if (!repeatedly) {
      return v.expr();
    }
    String set = e.local("set");
    e.code.addStatement("$T<Object> $N = new $T<>($L)", java.util.Set.class, set, HashSet.class, v.expr());
    return CodeBlock.of("$N", set);
  }

  void subset(String r, TypedExpr.SubsetOf s) {
    ExprEmitter.Value left = e.value(s.left());
    ExprEmitter.Value rightList = listValue(s.right());
    CodeBlock right = lookup(s.right(), rightList, true);
    Optional<String> rightText = OperandText.of(s.right());
    String list = e.local("l");
    String i = e.local("i");
    e.code.addStatement("$T<?> $N = $L", List.class, list, left.expr());
    e.code.addStatement("$N = $T.TRUE", r, Truth.class);
    e.code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", i, i, list, i);
    e.code.beginControlFlow("if (!$L.contains($N.get($N)))", right, list, i);
    e.code.addStatement("$N = $T.FALSE", r, Truth.class);
    if (!e.quiet) {
      CodeBlock element = CodeBlock.of("$N.get($N)", list, i);
      if (left.path().filter(p -> !p.isRoot()).isPresent()) {
        e.fail(left.subject(), element, "in " + rightText.orElse(""), rightText.isPresent() ? null : rightList.expr(),
            left.path().get().index(i));
      } else if (rightList.path().filter(p -> !p.isRoot()).isPresent()) {
        e.fail(rightList.subject(), rightList.expr(), "containing ", element, rightList.path().get());
      }
    }
    e.code.endControlFlow();
    e.code.endControlFlow();
  }

  void presence(String r, TypedExpr.Presence p) {
    ExprEmitter.Value v = e.value(p.operand());
    e.code.addStatement("$N = ($L $L null) ? $T.TRUE : $T.FALSE", r, v.expr(), p.present() ? "!=" : "==",
        Truth.class, Truth.class);
    e.failIf(r, v, CodeBlock.of("$S", p.present() ? "absent" : "present"), p.present() ? "present" : "absent", null);
  }
}
