package dev.kijun.runtime.report;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a facility must add to its evidence file to settle a verdict: for each missing value, the JSON to write at
 * its place; for each pending review or missing answer, the entry to add to {@code reviews} or {@code answers};
 * for each date after the assessment date, the date to correct. Text and JSON reports show the same actions.
 */
final class Snippets {
  private Snippets() {}

  /** One action: the evidence path it concerns and the instruction, with the JSON to write. */
  record Action(String path, String where, String json) {}

  /** Every action for one verdict, each missing path once, in the order first seen. */
  static List<Action> of(Verdict v, LocalDate asOf) {
    Map<String, Action> actions = new LinkedHashMap<>();
    for (Finding f : v.findings()) {
      if (f.check() == CheckKind.REVIEW && f.outcome() == Outcome.NEEDS_REVIEW) {
        ClauseRef id = f.requirement();
        actions.putIfAbsent("reviews:" + id, new Action("reviews[\"" + id + "\"]", "add to \"reviews\"",
            quote(id.toString()) + ": { \"satisfied\": true, \"reviewer\": \"<name>\", \"reviewedOn\": \"" + asOf
                + "\", \"note\": \"<what was examined>\" }"));
      }
      for (Observation o : f.observations()) {
        if (o.kind() == Kind.MISSING) {
          actions.putIfAbsent(o.path(), missing(o, asOf));
        } else if (o.kind() == Kind.IMPLAUSIBLE) {
          actions.putIfAbsent(o.path(), new Action(o.path(), "correct `" + o.path() + "` (" + o.value()
              + " is after the assessment date " + asOf + ")", quote(last(o.path())) + ": \"<date on or before "
              + asOf + ">\""));
        }
      }
    }
    return new ArrayList<>(actions.values());
  }

  private static Action missing(Observation o, LocalDate asOf) {
    String path = o.path();
    if (path.startsWith("answers[\"")) {
      String clause = path.substring("answers[\"".length(), path.length() - 2);
      return new Action(path, "add to \"answers\"", quote(clause) + ": { \"answer\": \"yes\", \"checkedOn\": \""
          + asOf + "\" }  (answer: yes, no or not-applicable; with no, add \"targetDate\")");
    }
    int dot = path.lastIndexOf('.');
    String parent = dot < 0 ? "facts" : "facts." + path.substring(0, dot);
    String who = o.subjectText().isEmpty() ? "" : " (" + o.subjectText() + ")";
    String value = o.expected().isEmpty() ? "…" : o.expected(); // generated code gives the JSON to write
    return new Action(path, "add to `" + parent + "`" + who, quote(last(path)) + ": " + value);
  }

  private static String last(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String quote(String s) {
    return PrettyJson.quote(s);
  }
}
