package dev.kijun.runtime.report;

import dev.kijun.runtime.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's evidence to add, in the order that settles most: the places several requirements wait on (one answer to
 * a gate question often settles a dozen verdicts), most-needed first, then a count of the answers, reviews and values
 * each needed by one requirement, which the report names under that requirement. Text and HTML reports show the same.
 *
 * @param shared places needed by more than one requirement, most-needed first, then in the report's order
 * @param rest what is needed by one requirement each, as one phrase ("21 answers, 131 reviews"), empty when nothing
 */
record ToDo(List<Shared> shared, String rest) {
  /** How many shared places a report lists before counting the others. */
  static final int SHOWN = 10;

  /** One place in the evidence and how many requirements wait on it. */
  record Shared(String path, int requirements) {}

  /** True when there is nothing to add. */
  boolean isEmpty() {
    return shared.isEmpty() && rest.isEmpty();
  }

  static ToDo of(Report r) {
    Map<String, Integer> needed = new LinkedHashMap<>(); // first-seen order breaks ties
    for (Verdict v : r.verdicts()) {
      for (Snippets.Action a : Snippets.of(v, r.asOf())) {
        needed.merge(a.path(), 1, Integer::sum);
      }
    }
    List<Shared> shared = new ArrayList<>();
    int answers = 0;
    int reviews = 0;
    int values = 0;
    for (Map.Entry<String, Integer> e : needed.entrySet()) {
      if (e.getValue() > 1) {
        shared.add(new Shared(e.getKey(), e.getValue()));
      } else if (e.getKey().startsWith("answers[")) {
        answers++;
      } else if (e.getKey().startsWith("reviews[")) {
        reviews++;
      } else {
        values++;
      }
    }
    shared.sort(Comparator.comparingInt(Shared::requirements).reversed()); // stable
    List<String> counts = new ArrayList<>();
    if (shared.size() > SHOWN) {
      counts.add(plural(shared.size() - SHOWN, "more shared place"));
    }
    if (answers > 0) {
      counts.add(plural(answers, "answer"));
    }
    if (reviews > 0) {
      counts.add(plural(reviews, "review"));
    }
    if (values > 0) {
      counts.add(plural(values, "value") + " to add or correct");
    }
    String rest = "";
    if (!counts.isEmpty()) {
      int single = answers + reviews + values;
      rest = (shared.isEmpty() ? "" : "then ") + String.join(", ", counts)
          + (shared.size() > SHOWN ? "" : single == 1 ? ", needed by one requirement" : ", each needed by one requirement");
    }
    return new ToDo(List.copyOf(shared.subList(0, Math.min(SHOWN, shared.size()))), rest);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
