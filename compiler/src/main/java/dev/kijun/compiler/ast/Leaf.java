package dev.kijun.compiler.ast;

import dev.kijun.compiler.source.Span;

/** Small leaf nodes shared by declarations and expressions. */
public final class Leaf {
  private Leaf() {}

  /** An identifier as written. */
  public record Identifier(String text, Span span) implements Node {}

  /** A string literal, unescaped. */
  public record Str(String value, Span span) implements Node {}

  /** A vocabulary word such as {@code medical-institution}. */
  public record Word(String text, Span span) implements Node {}

  /** A text in one language: {@code ja "…"}. */
  public record Text(Identifier lang, Str text, Span span) implements Node {}
}
