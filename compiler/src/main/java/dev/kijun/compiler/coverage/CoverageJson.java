package dev.kijun.compiler.coverage;

import dev.kijun.runtime.Status;
import dev.kijun.runtime.report.PrettyJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Coverage as JSON for tools: lowerCamel keys in a fixed order, statuses in their source spelling. Pure. */
public final class CoverageJson {
  /** Bumped when the shape changes incompatibly. */
  public static final int FORMAT_VERSION = 1;

  private CoverageJson() {}

  /** The JSON text. */
  public static String render(Coverage coverage) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "kijun-coverage");
    root.put("formatVersion", FORMAT_VERSION);
    List<Object> editions = new ArrayList<>();
    for (EditionCoverage e : coverage.editions()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("edition", e.key());
      o.put("titleJa", e.title().ja());
      o.put("titleEn", e.title().en());
      o.put("total", counts(e.total()));
      List<Object> groups = new ArrayList<>();
      for (EditionCoverage.Group g : e.groups()) {
        Map<String, Object> go = new LinkedHashMap<>();
        go.put("kind", g.kind());
        go.put("path", g.path());
        go.put("titleJa", g.title().ja());
        go.put("titleEn", g.title().en());
        go.put("depth", g.depth());
        go.put("counts", counts(g.counts()));
        groups.add(go);
      }
      o.put("groups", groups);
      o.put("stubs", clauses(e.stubs()));
      o.put("recalledOrInferred", clauses(e.uncertain()));
      editions.add(o);
    }
    root.put("editions", editions);
    List<Object> mappings = new ArrayList<>();
    for (MappingCoverage m : coverage.mappings()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("source", m.source());
      o.put("target", m.target());
      o.put("lines", m.lines());
      o.put("officialLines", m.officialLines());
      o.put("ourLines", m.ourLines());
      o.put("sourceSide", side(m.from(), "withdrawn"));
      o.put("targetSide", side(m.to(), "new"));
      mappings.add(o);
    }
    root.put("mappings", mappings);
    return PrettyJson.print(root);
  }

  private static Map<String, Object> counts(Counts c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("known", c.known());
    o.put("encoded", c.encoded());
    o.put("stubs", c.stubs());
    Map<String, Object> status = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      status.put(s.keyword(), c.byStatus().get(s));
    }
    o.put("byStatus", status);
    Map<String, Object> kinds = new LinkedHashMap<>();
    kinds.put("automated", c.automated());
    kinds.put("question", c.question());
    kinds.put("review", c.review());
    o.put("byCheckKind", kinds);
    return o;
  }

  private static List<Object> clauses(List<EditionCoverage.Clause> clauses) {
    List<Object> out = new ArrayList<>();
    for (EditionCoverage.Clause c : clauses) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("clause", c.id());
      o.put("status", c.status().keyword());
      o.put("note", c.note());
      out.add(o);
    }
    return out;
  }

  private static Map<String, Object> side(MappingCoverage.Side s, String marked) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("total", s.total());
    o.put("mapped", s.mapped());
    o.put(marked, s.marked());
    o.put("unaccounted", s.unaccounted());
    o.put("mappedFraction", CoverageText.fraction(s));
    return o;
  }
}
