package dev.kijun.compiler.syntax;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import dev.kijun.grammar.KijunLexer;
import dev.kijun.grammar.KijunParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics that name what was expected in human terms ({@code <expression>},
 * {@code <string>}) and adds hints for common slips such as smart quotes or {@code =} for {@code ==}.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  private final SourceFile file;
  private final Diagnostics diagnostics;
  private int lastErrorOffset = -1;

  SyntaxErrorListener(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
      String msg, RecognitionException e) {
    if (recognizer instanceof KijunLexer) {
      // Lexer errors are reported through UNEXPECTED tokens by the parser side; nothing to do here.
      return;
    }
    Token token = (Token) offendingSymbol;
    int start = Math.max(0, token.getStartIndex());
    if (start == lastErrorOffset) {
      return; // one diagnostic per position: ANTLR may report the same spot twice while recovering
    }
    lastErrorOffset = start;
    int end = token.getType() == Token.EOF ? start : token.getStopIndex() + 1;
    Span span = new Span(file, Math.min(start, file.text().length()), Math.min(Math.max(end, start), file.text().length()));
    Parser parser = (Parser) recognizer;
    if (token.getType() == KijunLexer.UNEXPECTED) {
      diagnostics.report(unexpectedCharacter(token.getText(), span));
      return;
    }
    IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    String found = token.getType() == Token.EOF ? "end of file" : "`" + token.getText() + "`";
    if (token.getType() == KijunLexer.ASSIGN && !expected.contains(KijunLexer.ASSIGN)
        && (expected.contains(KijunLexer.EQ) || endsOperand(previousToken(parser, token)))) {
      // `a = b` in an expression: the expected-token list would only mislead, since the parser has already left the
      // expression when it meets the `=`.
      diagnostics.report(Diagnostic.error(Code.SYNTAX, span, "unexpected `=`")
          .withHelp("use `==` to compare, e.g. `d.kind == SERVER`"));
      return;
    }
    String message = "unexpected " + found + describeExpected(expected, parser);
    Diagnostic d = Diagnostic.error(Code.SYNTAX, span, message);
    String hint = hintFor(token, expected);
    diagnostics.report(hint == null ? d : d.withHelp(hint));
  }

  private static Diagnostic unexpectedCharacter(String text, Span span) {
    if (text.equals("\"")) {
      // The STRING token failed to close before the end of the line.
      return Diagnostic.error(Code.UNEXPECTED_CHARACTER, span, "unterminated string")
          .withHelp("close the string with `\"` on the same line; strings cannot span lines");
    }
    Diagnostic d = Diagnostic.error(Code.UNEXPECTED_CHARACTER, span, "unexpected character `" + text + "`");
    switch (text) {
      case "\u201c": case "\u201d": case "\u300c": case "\u300d":
        return d.withHelp("strings use straight double quotes `\"`");
      case "\u2018": case "\u2019": case "'":
        return d.withHelp("strings use double quotes `\"`, not single quotes");
      case "&": case "|": case "!":
        return d.withHelp("write `and`, `or`, `not`");
      default:
        return d.withHelp("remove it, or put it inside a string");
    }
  }

  private static String describeExpected(IntervalSet expected, Parser parser) {
    List<String> names = new ArrayList<>();
    for (int type : expected.toList()) {
      names.add(TokenNames.describe(type));
    }
    List<String> distinct = names.stream().distinct().sorted().toList();
    if (distinct.isEmpty()) {
      return "";
    }
    if (distinct.size() <= 4) {
      return "; expected " + String.join(" or ", distinct);
    }
    org.antlr.v4.runtime.ParserRuleContext ctx = parser.getContext();
    if (ctx != null && ctx.getRuleIndex() == KijunParser.RULE_ident && ctx.getParent() != null
        && ctx.getParent().getRuleIndex() == KijunParser.RULE_word) {
      ctx = ctx.getParent(); // a vocabulary word is more telling than "<name>"
    }
    String rule = ctx == null ? null : RuleNames.describe(ctx.getRuleIndex());
    return rule == null ? "" : "; expected " + rule;
  }

  private static Token previousToken(Parser parser, Token token) {
    for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
      Token t = parser.getTokenStream().get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  /** True for a token that can end an operand, so that an `=` after it was meant as a comparison. */
  private static boolean endsOperand(Token t) {
    if (t == null) {
      return false;
    }
    switch (t.getType()) {
      case KijunLexer.IDENT: case KijunLexer.STRING: case KijunLexer.INTEGER: case KijunLexer.DECIMAL:
      case KijunLexer.DATE: case KijunLexer.TRUE: case KijunLexer.FALSE: case KijunLexer.ASOF:
      case KijunLexer.RPAREN: case KijunLexer.RBRACK:
        return true;
      default:
        return false;
    }
  }

  private static String hintFor(Token token, IntervalSet expected) {
    if (expected.contains(KijunLexer.SCHEMA) && expected.contains(KijunLexer.EDITION) && !expected.contains(KijunLexer.IDENT)) {
      return "a kijun file starts with `schema \"name\";`, `edition \"document@edition\";` or `mapping \"a@1\" to \"a@2\";`";
    }
    if (expected.contains(KijunParser.COLON) && expected.contains(KijunLexer.WHERE)) {
      return "a quantifier needs `:` before its body, e.g. `forall d in devices: d.kind == SERVER`";
    }
    if ((token.getType() == KijunLexer.IDENT || token.getType() == KijunLexer.INTEGER
        || token.getType() == KijunLexer.DECIMAL) && expected.contains(KijunLexer.STRING)) {
      return "ids, titles and summaries are strings: write \"" + token.getText() + "\"";
    }
    if (token.getType() == KijunLexer.RBRACE && expected.contains(KijunParser.COLON)) {
      return "a quantifier needs `:` before its body, e.g. `forall d in devices: d.kind == SERVER`";
    }
    return null;
  }
}
