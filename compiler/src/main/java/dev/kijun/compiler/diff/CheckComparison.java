package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the checks of two read clauses by meaning, not by text: a question or review replaced by an automated
 * check asks for more; a shorter allowed-value list asks for more; a bound that tightens ({@code >= asOf - 90 days}
 * → {@code >= asOf - 30 days}) asks for more. Automated checks that are written differently without any such
 * reading are {@link ChangeKind#CHECK_CHANGED}, so that a reader looks at them side by side.
 */
final class CheckComparison {
  private CheckComparison() {}

  /** Classes and their evidence; empty when the checks mean the same as far as the model shows. */
  static Map<ChangeKind, List<String>> compare(Requirement s, Requirement t) {
    Map<ChangeKind, Set<String>> ev = new EnumMap<>(ChangeKind.class);
    boolean sAuto = s.checks().stream().anyMatch(c -> c instanceof Check.Automated);
    boolean tAuto = t.checks().stream().anyMatch(c -> c instanceof Check.Automated);
    if (!sAuto && tAuto) {
      add(ev, ChangeKind.STRENGTHENED, "question/review replaced by an automated check");
    } else if (sAuto && !tAuto) {
      add(ev, ChangeKind.WEAKENED, "automated check replaced by question/review");
    }
    Map<String, Set<String>> before = AllowedValues.of(s);
    Map<String, Set<String>> after = AllowedValues.of(t);
    for (Map.Entry<String, Set<String>> b : before.entrySet()) {
      Set<String> a = after.get(b.getKey());
      if (a == null || a.equals(b.getValue())) {
        continue;
      }
      String detail = "allowed values of `" + b.getKey() + "`: " + b.getValue() + " → " + a;
      if (b.getValue().containsAll(a)) {
        add(ev, ChangeKind.STRENGTHENED, "fewer " + detail);
      } else if (a.containsAll(b.getValue())) {
        add(ev, ChangeKind.WEAKENED, "more " + detail);
      } else {
        add(ev, ChangeKind.CHECK_CHANGED, "other " + detail);
      }
    }
    Map<String, Thresholds.Bound> boundsBefore = Thresholds.of(s);
    Map<String, Thresholds.Bound> boundsAfter = Thresholds.of(t);
    for (Map.Entry<String, Thresholds.Bound> b : boundsBefore.entrySet()) {
      Thresholds.Bound a = boundsAfter.get(b.getKey());
      if (a == null || a.value().compareTo(b.getValue().value()) == 0) {
        continue;
      }
      String path = b.getKey().substring(0, b.getKey().lastIndexOf(' '));
      String detail = "`" + path + "` " + b.getValue().shown() + " → " + a.shown();
      int strictness = Thresholds.strictness(b.getValue(), a);
      if (strictness > 0) {
        add(ev, ChangeKind.STRENGTHENED, "tighter bound: " + detail);
      } else if (strictness < 0) {
        add(ev, ChangeKind.WEAKENED, "looser bound: " + detail);
      } else {
        add(ev, ChangeKind.CHECK_CHANGED, "other value: " + detail);
      }
    }
    if (sAuto && tAuto && ev.isEmpty() && !automatedSources(s).equals(automatedSources(t))) {
      add(ev, ChangeKind.CHECK_CHANGED, "the automated checks are written differently; no tighter or looser bound or "
          + "value list was found, so compare them side by side");
    }
    Map<ChangeKind, List<String>> out = new EnumMap<>(ChangeKind.class);
    ev.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private static List<String> automatedSources(Requirement r) {
    List<String> out = new ArrayList<>();
    for (Check c : r.checks()) {
      if (c instanceof Check.Automated a) {
        out.add(a.source().replaceAll("\\s+", " ").strip());
      }
    }
    return out;
  }

  private static void add(Map<ChangeKind, Set<String>> ev, ChangeKind kind, String evidence) {
    ev.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(evidence);
  }
}
