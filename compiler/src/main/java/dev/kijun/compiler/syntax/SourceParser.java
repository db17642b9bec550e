package dev.kijun.compiler.syntax;

import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import java.util.List;
import dev.kijun.grammar.KijunLexer;
import dev.kijun.grammar.KijunParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Stage 1: parses one source file into a {@link KijunFile}, reporting every syntax error it can recover from.
 * This package is the only one that touches ANTLR.
 */
public final class SourceParser {
  private SourceParser() {}

  /** Parses {@code file}; syntax errors go to {@code diagnostics}, and the tree holds placeholders where it recovered. */
  public static KijunFile parse(SourceFile file, Diagnostics diagnostics) {
    KijunLexer lexer = new KijunLexer(CharStreams.fromString(file.text(), file.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (!NestingGuard.check(file, tokens.getTokens(), diagnostics)) {
      // Parsing would recurse as deep as the file nests; the file stays out of the program.
      Span whole = new Span(file, 0, file.text().length());
      return new KijunFile(new KijunFile.MissingHeader(whole), List.of(), whole);
    }
    KijunParser parser = new KijunParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(new SyntaxErrorListener(file, diagnostics));
    KijunParser.FileContext tree = parser.file();
    return new AstBuilder(file, tokens, diagnostics).file(tree);
  }
}
