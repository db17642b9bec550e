package dev.kijun.compiler.ast;

import dev.kijun.compiler.ast.Leaf.Identifier;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.source.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Expressions as written, untyped. */
public sealed interface Expr extends Node {
  /** {@code forall x in L where P: B} and {@code exists …}. */
  record Quantifier(boolean forall, Identifier var, Expr list, Optional<Expr> filter, Expr body, Span span)
      implements Expr {}

  /** {@code and}, {@code or}, {@code implies}. */
  record Logical(LogicalOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code not A}. */
  record Not(Expr operand, Span span) implements Expr {}

  /** {@code a == b} and the orderings. */
  record Comparison(CompareOp op, Expr left, Expr right, Span span) implements Expr {}

  /** {@code a in L}, {@code a not in L}. */
  record Membership(Expr element, Expr list, boolean negated, Span span) implements Expr {}

  /** {@code A subset of B}. */
  record Subset(Expr left, Expr right, Span span) implements Expr {}

  /** {@code x is present}, {@code x is absent}. */
  record Presence(Expr operand, boolean present, Span span) implements Expr {}

  /** {@code d + 30 days}. */
  record DateShift(Expr base, boolean plus, long amount, DateUnit unit, Span span) implements Expr {}

  /** {@code count(x in L where P)}. */
  record Count(Identifier var, Expr list, Optional<Expr> filter, Span span) implements Expr {}

  /** {@code unique(x in L where P: key)}. */
  record Unique(Identifier var, Expr list, Optional<Expr> filter, Expr key, Span span) implements Expr {}

  /** {@code waived name for subject}. */
  record Waived(Identifier name, Expr subject, Span span) implements Expr {}

  /** {@code answer("clause")}. */
  record AnswerOf(Str clause, Span span) implements Expr {}

  /** {@code asOf}. */
  record AsOf(Span span) implements Expr {}

  /** {@code target.field}. */
  record FieldAccess(Expr target, Identifier field, Span span) implements Expr {}

  /** A bare name: a variable, a root field, a constant or an enum constant. */
  record Name(Identifier name, Span span) implements Expr {}

  /** {@code [a, b]}. */
  record ListLiteral(List<Expr> elements, Span span) implements Expr {
    public ListLiteral {
      elements = List.copyOf(elements);
    }
  }

  /** {@code "text"}. */
  record StringLiteral(String value, Span span) implements Expr {}

  /** {@code 42}. */
  record IntegerLiteral(long value, Span span) implements Expr {}

  /** {@code 1.5}. */
  record DecimalLiteral(BigDecimal value, Span span) implements Expr {}

  /** {@code 2026-04-01}. */
  record DateLiteral(LocalDate value, Span span) implements Expr {}

  /** {@code true}, {@code false}. */
  record BooleanLiteral(boolean value, Span span) implements Expr {}

  /** A placeholder where the parser recovered from an error; later stages skip it silently. */
  record Error(Span span) implements Expr {}

  /** Logical connectives. */
  enum LogicalOp {
    AND("and"), OR("or"), IMPLIES("implies");

    private final String symbol;

    LogicalOp(String symbol) {
      this.symbol = symbol;
    }

    /** As written. */
    public String symbol() {
      return symbol;
    }
  }

  /** Comparison operators. */
  enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }

    /** As written. */
    public String symbol() {
      return symbol;
    }

    /** True for the orderings. */
    public boolean isOrdering() {
      return this != EQ && this != NE;
    }
  }

  /** Units of date arithmetic. */
  enum DateUnit { DAYS, WEEKS, MONTHS, YEARS }
}
