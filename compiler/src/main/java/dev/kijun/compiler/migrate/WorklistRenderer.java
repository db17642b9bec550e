package dev.kijun.compiler.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a worklist as text for people and as deterministic JSON (lowerCamel keys) for tools. Pure. */
public final class WorklistRenderer {
  private WorklistRenderer() {}

  /** The text worklist, ending in a newline. */
  public static String text(Worklist w) {
    StringBuilder out = new StringBuilder();
    out.append("Migration worklist: ").append(w.source()).append(" -> ").append(w.target()).append('\n');
    out.append("input: ").append(w.inputKind().keyword()).append(' ').append(w.inputFile()).append(" (")
        .append(w.basis()).append(")\n");
    List<String> counts = new ArrayList<>();
    w.counts().forEach((d, n) -> counts.add(n + " " + d.keyword()));
    counts.add(w.dropped().size() + " dropped");
    out.append(String.join(", ", counts)).append('\n');
    for (Worklist.Item i : w.items()) {
      out.append('\n').append(i.clause().clause()).append("  ").append(i.disposition().keyword());
      i.result().ifPresent(r -> out.append(": ").append(result(w, r)));
      out.append('\n');
      for (Worklist.SourceLink s : i.sources()) {
        out.append("    from ").append(s.clause().clause()).append(" (").append(s.relationship().keyword())
            .append("): ").append(result(w, s.result())).append('\n');
      }
      out.append("    reason: ").append(i.reason()).append('\n');
      i.followUp().ifPresent(f -> out.append("    follow-up: ").append(f).append('\n'));
    }
    if (!w.dropped().isEmpty()) {
      out.append("\nDropped (withdrawn, no successor in ").append(w.target()).append("):\n");
      for (Worklist.Dropped d : w.dropped()) {
        out.append("  ").append(d.clause().clause()).append(": ").append(result(w, d.result())).append('\n')
            .append("    reason: ").append(d.reason()).append('\n');
      }
    }
    if (!w.notes().isEmpty()) {
      out.append("\nNotes:\n");
      w.notes().forEach(n -> out.append("  ").append(n).append('\n'));
    }
    return out.toString();
  }

  /** The JSON worklist. */
  public static String json(Worklist w) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", w.source());
    root.put("target", w.target());
    root.put("basis", w.basis());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("kind", w.inputKind().keyword());
    input.put("file", w.inputFile());
    root.put("input", input);
    Map<String, Object> counts = new LinkedHashMap<>();
    w.counts().forEach((d, n) -> counts.put(d.keyword(), n));
    counts.put("dropped", w.dropped().size());
    root.put("counts", counts);
    List<Object> items = new ArrayList<>();
    for (Worklist.Item i : w.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("clause", i.clause().toString());
      m.put("disposition", i.disposition().keyword());
      m.put("result", i.result().map(SourceResult::keyword).orElse(null));
      List<Object> sources = new ArrayList<>();
      for (Worklist.SourceLink s : i.sources()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("clause", s.clause().toString());
        sm.put("relationship", s.relationship().keyword());
        sm.put("result", s.result().keyword());
        sources.add(sm);
      }
      m.put("sources", sources);
      m.put("reason", i.reason());
      m.put("followUp", i.followUp().orElse(null));
      items.add(m);
    }
    root.put("items", items);
    List<Object> dropped = new ArrayList<>();
    for (Worklist.Dropped d : w.dropped()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("clause", d.clause().toString());
      m.put("result", d.result().keyword());
      m.put("reason", d.reason());
      dropped.add(m);
    }
    root.put("dropped", dropped);
    root.put("notes", new ArrayList<Object>(w.notes()));
    return dev.kijun.runtime.report.PrettyJson.print(root);
  }

  private static String result(Worklist w, SourceResult r) {
    return w.inputKind() == Worklist.InputKind.ANSWER_SHEET ? r.answerWord() : r.keyword();
  }
}
