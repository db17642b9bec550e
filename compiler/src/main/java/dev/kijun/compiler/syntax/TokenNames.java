package dev.kijun.compiler.syntax;

import dev.kijun.grammar.KijunLexer;
import org.antlr.v4.runtime.Token;

/** Human names for tokens in syntax errors. */
final class TokenNames {
  private TokenNames() {}

  static String describe(int type) {
    switch (type) {
      case Token.EOF: return "end of file";
      case KijunLexer.IDENT: return "<name>";
      case KijunLexer.STRING: return "<string>";
      case KijunLexer.INTEGER: return "<integer>";
      case KijunLexer.DECIMAL: return "<number>";
      case KijunLexer.DATE: return "<date>";
      default:
        String literal = KijunLexer.VOCABULARY.getLiteralName(type);
        return literal == null ? "<" + KijunLexer.VOCABULARY.getSymbolicName(type).toLowerCase(java.util.Locale.ROOT) + ">"
            : "`" + literal.substring(1, literal.length() - 1) + "`";
    }
  }
}
