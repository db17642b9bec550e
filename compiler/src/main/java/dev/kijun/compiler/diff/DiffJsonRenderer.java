package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Edition changes as JSON for tools: lowerCamel keys in a fixed order, classes and relationships in their keyword
 * spelling, absent values as {@code null}. Pure and deterministic.
 */
public final class DiffJsonRenderer {
  private DiffJsonRenderer() {}

  /** The JSON text. */
  public static String render(EditionChanges changes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", changes.source());
    root.put("target", changes.target());
    root.put("basis", changes.basis());
    Map<String, Object> counts = new LinkedHashMap<>();
    changes.counts().forEach((k, v) -> counts.put(k.keyword(), v));
    counts.put("unchanged", changes.unchangedCount());
    root.put("counts", counts);
    List<Object> list = new ArrayList<>();
    for (ClauseChange c : changes.changes()) {
      list.add(change(c));
    }
    root.put("changes", list);
    return dev.kijun.runtime.report.PrettyJson.print(root);
  }

  private static Map<String, Object> change(ClauseChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", clause(c.from()));
    m.put("to", clause(c.to()));
    m.put("relationship", c.relationship().map(r -> r.keyword()).orElse(null));
    List<Object> kinds = new ArrayList<>();
    c.kinds().forEach(k -> kinds.add(k.keyword()));
    m.put("kinds", kinds);
    List<Object> evidence = new ArrayList<>();
    for (Classification cl : c.classifications()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("kind", cl.kind().keyword());
      e.put("evidence", new ArrayList<Object>(cl.evidence()));
      evidence.add(e);
    }
    m.put("classifications", evidence);
    m.put("confidence", c.confidence().map(Mapping.Confidence::keyword).orElse(null));
    m.put("provenance", c.provenance().map(DiffJsonRenderer::provenance).orElse(null));
    m.put("note", c.note());
    return m;
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (p instanceof Provenance.Official o) {
      m.put("kind", "official");
      m.put("doc", o.doc());
      m.put("page", o.page());
    } else {
      m.put("kind", "ours");
    }
    return m;
  }

  private static Map<String, Object> clause(Optional<ClauseInfo> info) {
    if (info.isEmpty()) {
      return null;
    }
    ClauseInfo i = info.get();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clause", i.ref().toString());
    m.put("titleJa", i.title().ja());
    m.put("titleEn", i.title().en());
    m.put("level", i.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse(null));
    m.put("parent", i.parentPath());
    return m;
  }
}
