package dev.kijun.compiler.diff;

import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.model.Dating;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed in when a clause is in force, in words, for {@link ChangeKind#REDATED}: the effective day, the
 * transitional relief (its explanation, last day and condition), the supersession and the checks' own days. A new
 * clause is compared with {@link Dating#NONE}, so its dates are shown too.
 */
final class DateChanges {
  private DateChanges() {}

  /** One line per difference from {@code s} to {@code t}; empty when both are in force on the same days. */
  static List<String> between(Dating s, Dating t) {
    List<String> out = new ArrayList<>();
    Optional<String> sf = s.effective().map(d -> d.date().toString());
    Optional<String> tf = t.effective().map(d -> d.date().toString());
    if (!sf.equals(tf)) {
      out.add("effective from " + sf.orElse("always") + " → " + tf.orElse("always"));
    }
    Optional<String> sr = s.relief().map(DateChanges::relief);
    Optional<String> tr = t.relief().map(DateChanges::relief);
    if (!sr.equals(tr)) {
      out.add(tr.isEmpty() ? "relief removed (was " + sr.get() + ")"
          : sr.isEmpty() ? "relief added: " + tr.get() : "relief " + sr.get() + " → " + tr.get());
    }
    Optional<String> ss = s.superseded().map(x -> "on " + x.on().date() + " by " + x.successor().target());
    Optional<String> ts = t.superseded().map(x -> "on " + x.on().date() + " by " + x.successor().target());
    if (!ss.equals(ts)) {
      out.add("superseded " + ss.orElse("never") + " → " + ts.orElse("never"));
    }
    List<String> sc = checkDays(s);
    List<String> tc = checkDays(t);
    if (!sc.equals(tc)) {
      out.add("checks in force from " + (sc.isEmpty() ? "the clause's day" : String.join(", ", sc)) + " → "
          + (tc.isEmpty() ? "the clause's day" : String.join(", ", tc)));
    }
    return out;
  }

  private static String relief(Dating.Relief r) {
    return r.explanation() + r.until().map(d -> ", at the latest until " + d.date()).orElse("") + " ("
        + ExprExplainer.explain(r.condition()).plain() + ")";
  }

  private static List<String> checkDays(Dating d) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < d.checks().size(); i++) {
      int n = i + 1;
      d.checks().get(i).ifPresent(day -> out.add("check " + n + ": " + day.date()));
    }
    return out;
  }
}
