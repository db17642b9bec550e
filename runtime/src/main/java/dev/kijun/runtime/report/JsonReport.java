package dev.kijun.runtime.report;

import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.json.EvidenceProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders reports as JSON for tools: lowerCamel field names in a fixed order, outcomes, levels and kinds in their
 * hyphenated spelling ({@code not-satisfied}), dates in ISO form, two-space indent, trailing newline. The
 * {@code counts} object is keyed by outcome spelling. Each finding carries its observations (path, element id,
 * value, expected; the failing alternatives of an {@code or} as one observation with {@code alternatives}) and each
 * verdict the evidence to add, as in the text report. Pure and deterministic.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The JSON of one report. */
  public static String render(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("notice", Wording.NOTICE);
    root.putAll(body(report));
    return PrettyJson.print(root);
  }

  /** The JSON of several reports: the notice, totals over all, and one entry per report. */
  public static String render(ReportSet set) {
    return PrettyJson.print(tree(set));
  }

  /**
   * The JSON of a run that also met bad input: as {@link #render(ReportSet)}, with {@code status} ({@code ok},
   * {@code failures} or {@code bad-input}) first and a {@code problems} list (file, line, column, path, message;
   * line and column 0 when a problem concerns a whole file) last. The reports are those of the files that could be
   * used, so a tool always gets one document, whatever happened.
   */
  public static String render(ReportSet set, List<EvidenceProblem> problems) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", !problems.isEmpty() ? "bad-input" : set.hasFailures() ? "failures" : "ok");
    root.putAll(tree(set));
    List<Object> list = new ArrayList<>();
    for (EvidenceProblem p : problems) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("file", p.file());
      pm.put("line", p.line());
      pm.put("column", p.column());
      pm.put("path", p.path());
      pm.put("message", p.message());
      list.add(pm);
    }
    root.put("problems", list);
    return PrettyJson.print(root);
  }

  private static Map<String, Object> tree(ReportSet set) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("notice", Wording.NOTICE);
    root.put("counts", counts(set.counts()));
    root.put("hasFailures", set.hasFailures());
    List<Object> warnings = new ArrayList<>();
    for (EvidenceWarning w : set.warnings()) {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("file", w.file());
      wm.put("path", w.path());
      wm.put("message", w.message());
      wm.put("hint", w.hint());
      warnings.add(wm);
    }
    root.put("warnings", warnings);
    List<Object> reports = new ArrayList<>();
    for (Report r : set.reports()) {
      reports.add(body(r));
    }
    root.put("reports", reports);
    return root;
  }

  private static Map<String, Object> body(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("edition", edition(r.edition()));
    m.put("evidenceFile", r.evidenceFile());
    Map<String, Object> facility = new LinkedHashMap<>();
    facility.put("name", r.facility().name());
    facility.put("kind", r.facility().kind().keyword());
    m.put("facility", facility);
    m.put("asOf", r.asOf().toString());
    m.put("counts", counts(r.counts()));
    m.put("hasFailures", r.hasFailures());
    List<Object> verdicts = new ArrayList<>();
    for (Verdict v : r.verdicts()) {
      verdicts.add(verdict(v, r));
    }
    m.put("verdicts", verdicts);
    return m;
  }

  private static Map<String, Object> edition(EditionInfo e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", e.key());
    m.put("titleJa", e.titleJa());
    m.put("titleEn", e.titleEn());
    m.put("publisher", e.publisher());
    m.put("published", e.published().toString());
    m.put("sourceUrl", e.sourceUrl());
    m.put("status", e.status().keyword());
    return m;
  }

  private static Map<String, Object> verdict(Verdict v, Report r) {
    RequirementInfo info = v.requirement();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requirement", info.id().toString());
    m.put("outcome", v.outcome().jsonName());
    m.put("level", info.level().name().toLowerCase(Locale.ROOT));
    m.put("status", info.status().keyword());
    m.put("titleJa", info.titleJa());
    m.put("titleEn", info.titleEn());
    m.put("definedAt", info.definedAt());
    m.put("applicability", info.applicability());
    List<Object> findings = new ArrayList<>();
    for (Finding f : v.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("check", f.check().name().toLowerCase(Locale.ROOT));
      fm.put("outcome", f.outcome().jsonName());
      fm.put("reason", f.reason());
      fm.put("evidencePaths", new ArrayList<Object>(f.evidencePaths()));
      List<Object> observations = new ArrayList<>();
      for (Observation o : f.observations()) {
        observations.add(observation(o));
      }
      fm.put("observations", observations);
      fm.put("omitted", f.omitted());
      findings.add(fm);
    }
    m.put("findings", findings);
    List<Object> actions = new ArrayList<>();
    for (Snippets.Action a : Snippets.of(v, r.asOf())) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("path", a.path());
      am.put("where", a.where());
      am.put("json", a.json());
      actions.add(am);
    }
    m.put("evidenceToAdd", actions);
    return m;
  }

  /** An observation; the one that stands for an {@code or}'s alternatives also lists them, each a list of failures. */
  private static Map<String, Object> observation(Observation o) {
    Map<String, Object> om = new LinkedHashMap<>();
    om.put("kind", o.kind().jsonName());
    om.put("path", o.path());
    om.put("subjectKind", o.subjectKind());
    om.put("subject", o.subject());
    om.put("value", o.value());
    om.put("expected", o.expected());
    if (o.isAlternatives()) {
      List<Object> alternatives = new ArrayList<>();
      for (List<Observation> alternative : o.alternatives()) {
        List<Object> parts = new ArrayList<>();
        alternative.forEach(p -> parts.add(observation(p)));
        alternatives.add(parts);
      }
      om.put("alternatives", alternatives);
    }
    return om;
  }

  private static Map<String, Object> counts(Map<Outcome, Integer> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<Outcome, Integer> e : counts.entrySet()) {
      m.put(e.getKey().jsonName(), e.getValue());
    }
    return m;
  }
}
