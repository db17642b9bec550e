package dev.kijun.compiler.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A check explained in words: running text with code fragments (paths, enum constants, literals) kept apart so
 * each output format can mark them up in its own way.
 */
public record Explanation(List<Segment> segments) {
  public Explanation {
    segments = List.copyOf(segments);
  }

  /** One piece of the explanation: prose, or a code fragment such as {@code tls.versions}. */
  public record Segment(String text, boolean code) {
    public Segment {
      Objects.requireNonNull(text, "text is null");
    }
  }

  /** The explanation as plain text, code fragments in backticks: {@code `tls.versions` contains only `TLS_1_3`}. */
  public String plain() {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      if (s.code()) {
        b.append('`').append(s.text()).append('`');
      } else {
        b.append(s.text());
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return plain();
  }

  /** Collects segments, merging neighbouring prose. */
  static final class Builder {
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder prose = new StringBuilder();

    Builder text(String s) {
      prose.append(s);
      return this;
    }

    Builder code(String s) {
      flush();
      segments.add(new Segment(s, true));
      return this;
    }

    Explanation build() {
      flush();
      return new Explanation(segments);
    }

    private void flush() {
      if (prose.length() > 0) {
        segments.add(new Segment(prose.toString(), false));
        prose.setLength(0);
      }
    }
  }
}
