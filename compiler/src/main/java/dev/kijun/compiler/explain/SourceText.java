package dev.kijun.compiler.explain;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;

/** The source of an automated check as shown to people: as written, with the file's indentation taken off. */
public final class SourceText {
  private SourceText() {}

  /**
   * The body of {@code check} as written, its continuation lines keeping their indentation relative to the line the
   * body starts on; when nothing was written (a model built by hand), the canonical form of the body.
   */
  public static String of(Check.Automated check) {
    String written = check.source();
    if (written == null || written.isBlank()) {
      return ExprPrinter.print(check.body());
    }
    String firstLine = written.strip().lines().findFirst().orElse("");
    return dedent(written, baseIndent(check.span(), firstLine));
  }

  /** The indentation of the source line where {@code firstLine} appears at or after {@code near}, or -1. */
  private static int baseIndent(Span near, String firstLine) {
    SourceFile file = near.file();
    int at = file.text().indexOf(firstLine, near.start());
    if (at < 0) {
      return -1;
    }
    String line = file.lineText(file.lineOf(at));
    return line.length() - line.stripLeading().length();
  }

  /**
   * {@code written} stripped, with {@code base} columns of indentation removed from each continuation line (or,
   * when {@code base} is -1, the indentation they all share).
   */
  static String dedent(String written, int base) {
    String[] lines = written.strip().replace("\r", "").split("\n", -1);
    int indent = base;
    if (indent < 0) {
      indent = Integer.MAX_VALUE;
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          indent = Math.min(indent, leading(lines[i]));
        }
      }
    }
    StringBuilder b = new StringBuilder(lines[0].stripTrailing());
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].isBlank() ? "" : lines[i].substring(Math.min(indent, leading(lines[i]))).stripTrailing();
      b.append('\n').append(line);
    }
    return b.toString();
  }

  private static int leading(String line) {
    return line.length() - line.stripLeading().length();
  }
}
