package dev.kijun.compiler.model.expr;

import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.source.Span;

/**
 * A variable bound by a quantifier. Variables are compared by identity: two quantifiers may bind the same name.
 * {@code index} numbers the binder within its check (depth-first), which code generators use for loop indexes.
 */
public final class Variable {
  private final String name;
  private final Type type;
  private final Span span;
  private final int index;

  /** Creates a binding. */
  public Variable(String name, Type type, Span span, int index) {
    this.name = name;
    this.type = type;
    this.span = span;
    this.index = index;
  }

  /** The name as written. */
  public String name() {
    return name;
  }

  /** The element type of the list it ranges over. */
  public Type type() {
    return type;
  }

  /** Where it is bound. */
  public Span span() {
    return span;
  }

  /** Its number within the enclosing check. */
  public int index() {
    return index;
  }

  @Override
  public String toString() {
    return name;
  }
}
