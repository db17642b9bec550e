package dev.kijun.compiler.syntax;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import dev.kijun.grammar.KijunLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Bounds how deeply a file nests before anything recursive sees it. ANTLR's parser, the AST builder and every later
 * stage (resolver, type checker, emitters, explainer, printer) recurse over the tree, so a deep enough expression
 * would overflow the stack; this linear scan over the tokens rejects such a file with {@link Code#TOO_DEEP} instead.
 *
 * <p>The measure is a conservative bound on the depth of the syntax tree: each open bracket ({@code ( [ { <}) opens a
 * level, and within a level each {@code not}, {@code forall}, {@code exists}, {@code waived}, {@code and}, {@code or},
 * {@code implies}, {@code where}, field access ({@code .}), date shift ({@code + 3 days}) and optional mark
 * ({@code ?}) adds one, since each of these can put the rest of the expression one node deeper. A comma (between the
 * elements of a list) and a declaration keyword start afresh. docs/language.md documents the limit.
 */
public final class NestingGuard {
  /** The deepest nesting a file may have (see the class comment for how it is counted). */
  public static final int MAX_DEPTH = 100;

  private NestingGuard() {}

  /**
   * Reports {@link Code#TOO_DEEP} at the first token beyond {@link #MAX_DEPTH} and returns false when the file is
   * too deep to parse; returns true otherwise. Linear in the number of tokens.
   */
  public static boolean check(SourceFile file, List<? extends Token> tokens, Diagnostics diagnostics) {
    // depths[k] = the depth reached inside the k-th open bracket (0: outside all); kinds[k] = its opening token.
    int[] depths = new int[MAX_DEPTH + 2];
    int[] kinds = new int[MAX_DEPTH + 2];
    int open = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int type = t.getType();
      boolean listType = type == KijunLexer.LT && i > 0 && tokens.get(i - 1).getType() == KijunLexer.LIST;
      if (type == KijunLexer.LPAREN || type == KijunLexer.LBRACK || type == KijunLexer.LBRACE || listType) {
        int depth = depths[open] + 1;
        if (depth > MAX_DEPTH) {
          return tooDeep(file, t, diagnostics);
        }
        open++;
        depths[open] = depth;
        kinds[open] = type;
      } else if (type == KijunLexer.RPAREN || type == KijunLexer.RBRACK || type == KijunLexer.RBRACE
          || (type == KijunLexer.GT && open > 0 && kinds[open] == KijunLexer.LT)) {
        // A mismatched closer still closes: the parser reports it, and the count stays an upper bound.
        open = Math.max(0, open - 1);
      } else if (startsAfresh(type)) {
        depths[open] = open == 0 ? 0 : depths[open - 1] + 1;
      } else if (nests(type) || (type == KijunLexer.PLUS || type == KijunLexer.MINUS)
          && i + 1 < tokens.size() && tokens.get(i + 1).getType() == KijunLexer.INTEGER) {
        // A date shift (`- 3 days`) nests; the hyphen of a word such as `medical-institution` does not.
        if (++depths[open] > MAX_DEPTH) {
          return tooDeep(file, t, diagnostics);
        }
      }
    }
    return true;
  }

  private static boolean startsAfresh(int type) {
    return type == KijunLexer.COMMA || type == KijunLexer.SEMI || type == KijunLexer.CONST
        || type == KijunLexer.REQUIREMENT || type == KijunLexer.ENUM || type == KijunLexer.WITHDRAWN
        || type == KijunLexer.NEW;
  }

  private static boolean nests(int type) {
    return type == KijunLexer.NOT || type == KijunLexer.FORALL || type == KijunLexer.EXISTS
        || type == KijunLexer.WAIVED || type == KijunLexer.AND || type == KijunLexer.OR || type == KijunLexer.IMPLIES
        || type == KijunLexer.WHERE || type == KijunLexer.DOT || type == KijunLexer.QMARK;
  }

  private static boolean tooDeep(SourceFile file, Token t, Diagnostics diagnostics) {
    int start = Math.max(0, Math.min(t.getStartIndex(), file.text().length()));
    int end = Math.max(start, Math.min(t.getStopIndex() + 1, file.text().length()));
    diagnostics.error(Code.TOO_DEEP, new Span(file, start, end),
        "this expression nests more than " + MAX_DEPTH + " levels deep",
        "split it: give parts a name with `const`, or use fewer nested brackets, `not`s and quantifiers; "
            + "a long chain of `and`/`or` counts one level per operator");
    return false;
  }
}
