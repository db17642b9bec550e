package dev.kijun.compiler.ast;

import dev.kijun.compiler.source.Span;

/** Every syntax node knows its span. The AST keeps raw text (identifiers, strings); resolution types it. */
public interface Node {
  /** Where the node is in its source file. */
  Span span();
}
