package dev.kijun.compiler.model.expr;

import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.ast.Expr.DateUnit;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A type-checked expression. Every node knows its type; optional values are unwrapped only through an explicit
 * {@link Unwrap}, so code generators see exactly where absent evidence can stop a check.
 */
public sealed interface TypedExpr {
  /** The expression's type. */
  Type type();

  /** Where it is written. */
  Span span();

  /** A string, secret-free literal. */
  record StringLit(String value, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.STRING;
    }
  }

  /** An integer literal. */
  record IntegerLit(long value, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.INTEGER;
    }
  }

  /** A decimal literal. */
  record NumberLit(BigDecimal value, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.NUMBER;
    }
  }

  /** {@code true} or {@code false}. */
  record BooleanLit(boolean value, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** A date literal. */
  record DateLit(LocalDate value, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.DATE;
    }
  }

  /** An enum constant. */
  record EnumLit(EnumDef def, EnumDef.EnumConstant constant, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return new Type.EnumType(def);
    }
  }

  /** {@code [a, b]}; its type is {@code list<element>}. */
  record ListLit(List<TypedExpr> elements, Type type, Span span) implements TypedExpr {
    public ListLit {
      elements = List.copyOf(elements);
    }
  }

  /** A named constant. */
  record ConstRef(NamedValue constant, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return constant.type();
    }
  }

  /** The evidence root record (the start of a bare path such as {@code endpoints}). */
  record Root(Type type, Span span) implements TypedExpr {}

  /** A variable bound by a quantifier, count or unique. */
  record Var(Variable variable, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return variable.type();
    }
  }

  /** {@code target.field}; the target's type is a record (never optional: see {@link Unwrap}). */
  record Field(TypedExpr target, FieldDef field, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return field.type();
    }
  }

  /** Reads an optional value; when absent, the check's verdict is EVIDENCE_MISSING naming the path. */
  record Unwrap(TypedExpr inner, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return inner.type().unwrapped();
    }
  }

  /** {@code x is present} / {@code x is absent}; the operand is optional-typed and not unwrapped. */
  record Presence(TypedExpr operand, boolean present, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** A comparison; operands are non-optional and of comparable types. */
  record Compare(CompareOp op, TypedExpr left, TypedExpr right, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code element [not] in list}. */
  record In(TypedExpr element, TypedExpr list, boolean negated, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code left subset of right}. */
  record SubsetOf(TypedExpr left, TypedExpr right, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code and}, {@code or}, {@code implies}. */
  record Logical(LogicalOp op, TypedExpr left, TypedExpr right, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code not operand}. */
  record Not(TypedExpr operand, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code forall} / {@code exists}. */
  record Quantified(boolean forall, Variable variable, TypedExpr list, Optional<TypedExpr> filter, TypedExpr body,
      Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code count(x in L where P)}. */
  record CountOf(Variable variable, TypedExpr list, Optional<TypedExpr> filter, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.INTEGER;
    }
  }

  /** {@code unique(x in L where P: key)}. */
  record UniqueBy(Variable variable, TypedExpr list, Optional<TypedExpr> filter, TypedExpr key, Span span)
      implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code date ± n unit}. */
  record Shift(TypedExpr base, boolean plus, long amount, DateUnit unit, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.DATE;
    }
  }

  /** {@code asOf}. */
  record AsOf(Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.DATE;
    }
  }

  /** {@code waived name for subject}. */
  record Waived(WaiverDef waiver, TypedExpr subject, Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.BOOLEAN;
    }
  }

  /** {@code answer("clause")}; typed by the built-in {@code Answer} enum. */
  record AnswerOf(ClauseRef clause, Type type, Span span) implements TypedExpr {}

  /** An expression that failed to check; its error was reported. */
  record Invalid(Span span) implements TypedExpr {
    @Override
    public Type type() {
      return Type.Primitive.ERROR;
    }
  }
}
