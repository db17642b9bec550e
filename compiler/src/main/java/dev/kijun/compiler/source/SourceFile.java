package dev.kijun.compiler.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The text of one kijun file and the offsets of its lines, so spans can be shown as {@code file:line:col}. */
public final class SourceFile {
  private final String path;
  private final String shown;
  private final String text;
  private final int[] lineStarts;

  /** Creates a source file; {@code path} is how diagnostics name it (relative, with {@code /}). */
  public SourceFile(String path, String text) {
    this(path, path, text);
  }

  /**
   * Creates a source file named {@code path} (relative to the source root: what generated files say, so they do not
   * depend on where the compiler ran) and shown as {@code shown} in diagnostics (relative to the working directory,
   * so a terminal can open it).
   */
  public SourceFile(String path, String shown, String text) {
    this.path = Objects.requireNonNull(path, "path is null");
    this.shown = Objects.requireNonNull(shown, "shown is null");
    this.text = Objects.requireNonNull(text, "text is null");
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The path relative to the source root, which generated files use. */
  public String path() {
    return path;
  }

  /** The path diagnostics show. */
  public String shown() {
    return shown;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The 1-based line holding character offset {@code offset}. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The 1-based column (in characters) of {@code offset}. */
  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  /** The text of 1-based line {@code line}, without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }
}
