package dev.kijun.compiler.source;

import java.util.Objects;

/** A range of characters {@code [start, end)} in a source file. Spans never take part in AST equality. */
public record Span(SourceFile file, int start, int end) {
  public Span {
    Objects.requireNonNull(file, "file is null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** 1-based line of the start. */
  public int line() {
    return file.lineOf(start);
  }

  /** 1-based column of the start. */
  public int column() {
    return file.columnOf(start);
  }

  /** {@code path:line:col}. */
  public String location() {
    return file.shown() + ":" + line() + ":" + column();
  }

  /** {@code path:line}, used in generated code and docs to point back at a definition. */
  public String fileLine() {
    return file.path() + ":" + line();
  }

  /** The covered text. */
  public String text() {
    return file.text().substring(start, Math.min(end, file.text().length()));
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * Every span equals every other: spans say where a node was written, not what it is, so two trees parsed from the
   * same text at different places (or in different files) are equal. Compare {@link #location()} to compare places.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Span;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return location();
  }
}
