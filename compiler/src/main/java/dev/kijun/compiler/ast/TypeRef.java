package dev.kijun.compiler.ast;

import dev.kijun.compiler.ast.Leaf.Identifier;
import dev.kijun.compiler.source.Span;

/** A type as written in a field or constant declaration. */
public sealed interface TypeRef extends Node {
  /** {@code string}, {@code Device}, … */
  record Named(Identifier name, Span span) implements TypeRef {}

  /** {@code list<T>} */
  record ListOf(TypeRef element, Span span) implements TypeRef {}

  /** {@code T?} */
  record Optional(TypeRef inner, Span span) implements TypeRef {}
}
