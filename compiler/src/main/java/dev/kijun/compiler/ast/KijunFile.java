package dev.kijun.compiler.ast;

import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.source.Span;
import java.util.List;

/** One parsed file: its header and declarations in source order. */
public record KijunFile(Header header, List<Decl> declarations, Span span) implements Node {
  public KijunFile {
    declarations = List.copyOf(declarations);
  }

  /** The first line of a file: {@code schema "…"} or {@code edition "…"}. */
  public sealed interface Header extends Node permits SchemaHeader, EditionHeader, MappingHeader, MissingHeader {}

  /** {@code schema "facility";} */
  public record SchemaHeader(Str name, Span span) implements Header {}

  /** {@code edition "mhlw-guideline@5.2";} */
  public record EditionHeader(Str name, Span span) implements Header {}

  /** {@code mapping "mhlw-guideline@5.2" to "mhlw-guideline@6.0";} */
  public record MappingHeader(Str source, Str target, Span span) implements Header {}

  /** The header could not be parsed; the file is skipped after syntax errors. */
  public record MissingHeader(Span span) implements Header {}
}
