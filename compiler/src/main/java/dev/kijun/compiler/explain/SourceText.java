package dev.kijun.compiler.explain;

import dev.kijun.compiler.model.expr.TypedExpr;

/** The source of an automated check as shown to people: as written, with the file's indentation taken off. */
public final class SourceText {
  private SourceText() {}

  /**
   * {@code written} (the check body as it appears in the file) with the indentation its continuation lines share
   * removed and trailing blanks dropped; when nothing was written (a model built by hand), the canonical form of
   * {@code body}.
   */
  public static String of(String written, TypedExpr body) {
    if (written == null || written.isBlank()) {
      return ExprPrinter.print(body);
    }
    String[] lines = written.strip().replace("\r", "").split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        indent = Math.min(indent, lines[i].length() - lines[i].stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder(lines[0].stripTrailing());
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].isBlank() ? "" : lines[i].substring(indent).stripTrailing();
      b.append('\n').append(line);
    }
    return b.toString();
  }
}
