package dev.kijun.compiler.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts for reading side by side (java-diff-utils, Myers). English is split into words,
 * spaces and punctuation; text with Japanese script is compared character by character, since Japanese has no
 * spaces between words. Pure and deterministic.
 */
public final class WordDiff {
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}_'-]+|\\s+|.", Pattern.DOTALL);

  private WordDiff() {}

  /** How a piece of text fares: on both sides, only in the old text, or only in the new one. */
  public enum Kind { SAME, REMOVED, ADDED }

  /** A run of text of one kind. */
  public record Segment(Kind kind, String text) {
    public Segment {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(text, "text is null");
    }
  }

  /** Both sides: the old text as SAME and REMOVED segments, the new one as SAME and ADDED segments. */
  public record Sides(List<Segment> before, List<Segment> after) {
    public Sides {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    /** True when nothing was removed or added. */
    public boolean same() {
      return before.stream().allMatch(s -> s.kind() == Kind.SAME) && after.stream().allMatch(s -> s.kind() == Kind.SAME);
    }
  }

  /** The diff of {@code before} and {@code after}. */
  public static Sides of(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> left = new ArrayList<>();
    List<Segment> right = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      add(left, Kind.SAME, a.subList(ia, sa));
      add(right, Kind.SAME, b.subList(ib, sb));
      add(left, Kind.REMOVED, d.getSource().getLines());
      add(right, Kind.ADDED, d.getTarget().getLines());
      ia = sa + d.getSource().size();
      ib = sb + d.getTarget().size();
    }
    add(left, Kind.SAME, a.subList(ia, a.size()));
    add(right, Kind.SAME, b.subList(ib, b.size()));
    return new Sides(joinSpaces(left), joinSpaces(right));
  }

  /** Characters for text with Japanese script (by code point), words, spaces and punctuation otherwise. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (japanese(text)) {
      text.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static boolean japanese(String text) {
    return text.codePoints().anyMatch(cp -> {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
          || s == Character.UnicodeScript.KATAKANA;
    });
  }

  /**
   * A space kept between two changed words joins them into one change ({@code <del>split me</del>} rather than
   * {@code <del>split</del> <del>me</del>}), which reads better and says the same.
   */
  private static List<Segment> joinSpaces(List<Segment> in) {
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      Segment s = in.get(i);
      boolean bridge = s.kind() == Kind.SAME && s.text().isBlank() && i > 0 && i + 1 < in.size()
          && in.get(i - 1).kind() != Kind.SAME && in.get(i - 1).kind() == in.get(i + 1).kind();
      Segment merged = bridge ? new Segment(in.get(i - 1).kind(), s.text()) : s;
      if (!out.isEmpty() && out.get(out.size() - 1).kind() == merged.kind()) {
        Segment last = out.remove(out.size() - 1);
        merged = new Segment(merged.kind(), last.text() + merged.text());
      }
      out.add(merged);
    }
    return out;
  }

  /** Appends {@code tokens} as one segment, merged with the previous one when it has the same kind. */
  private static void add(List<Segment> out, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(kind, text));
  }
}
