package dev.kijun.compiler.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The text of one kijun file and the offsets of its lines, so spans can be shown as {@code file:line:col}. */
public final class SourceFile {
  private final String path;
  private final String text;
  private final int[] lineStarts;

  /** Creates a source file; {@code path} is how diagnostics name it (relative, with {@code /}). */
  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path, "path is null");
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

  /** The path diagnostics use. */
  public String path() {
    return path;
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
