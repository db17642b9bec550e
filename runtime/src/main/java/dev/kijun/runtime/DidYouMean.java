package dev.kijun.runtime;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * kijun's one "did you mean": by edit distance, for every name a user typed, in kijun sources (the compiler's
 * diagnostics) and in evidence (field names, clause ids, waiver names, editions) alike, so both suggest the same way.
 * At most one edit for short names, two for longer ones, never as many edits as the name has characters; case is
 * ignored; ties go to the alphabetically first candidate, so the answer does not depend on collection order.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The known name closest to {@code typed}, if it is close enough to be a plausible slip. */
  public static Optional<String> closest(String typed, Collection<String> known) {
    if (typed.isEmpty() || typed.length() > 64) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = typed.length() <= 4 ? 1 : 2;
    for (String candidate : known) {
      int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > allowed || bestDistance >= Math.min(typed.length(), best.length())) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
