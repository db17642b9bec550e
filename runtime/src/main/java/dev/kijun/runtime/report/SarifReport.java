package dev.kijun.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.json.EvidenceLocations;
import dev.kijun.runtime.json.EvidenceProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders reports as a SARIF 2.1.0 log for code-scanning services: one rule per requirement validated (id
 * {@code document@edition/clause}), one result per failing finding (not satisfied or evidence missing), located in
 * the evidence file at the line and column of the value its evidence path names (or of the nearest enclosing value
 * the file holds, when the value is missing). Further paths of the same finding are related locations. Satisfied,
 * waived, not-applicable and needs-review verdicts give no result. Pure and deterministic.
 */
public final class SarifReport {
  private SarifReport() {}

  /**
   * The SARIF log of {@code set}; {@code locations} gives the value locations of each evidence file by its name as
   * in {@link Report#evidenceFile()} ({@link EvidenceLocations#none()} where the bytes are gone).
   */
  public static String render(ReportSet set, Function<String, EvidenceLocations> locations, String toolVersion) {
    return render(set, locations, toolVersion, List.of());
  }

  /**
   * As {@link #render(ReportSet, Function, String)}, for a run that also met bad evidence: the run's invocation is
   * not successful and lists each problem as an error notification located at its file, line and column.
   */
  public static String render(ReportSet set, Function<String, EvidenceLocations> locations, String toolVersion,
      List<EvidenceProblem> problems) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = JsonNodeFactory.instance.arrayNode();
    for (Report r : set.reports()) {
      for (Verdict v : r.verdicts()) {
        String id = v.requirement().id().toString();
        if (!ruleIndex.containsKey(id)) {
          ruleIndex.put(id, rules.size());
          rules.add(rule(v.requirement()));
        }
      }
    }
    ObjectNode log = Sarif.log(toolVersion, rules);
    ObjectNode run = Sarif.run(log);
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    for (Report r : set.reports()) {
      if (artifacts.findValuesAsText("uri").stream().noneMatch(Sarif.uri(r.evidenceFile())::equals)) {
        ObjectNode artifact = artifacts.addObject();
        artifact.putObject("location").put("uri", Sarif.uri(r.evidenceFile()));
        artifact.putArray("roles").add("analysisTarget");
      }
      EvidenceLocations where = locations.apply(r.evidenceFile());
      for (Verdict v : r.verdicts()) {
        if (!Report.isFailure(v.outcome())) {
          continue;
        }
        List<Finding> failing = v.findings().stream().filter(f -> Report.isFailure(f.outcome())).toList();
        int rule = ruleIndex.get(v.requirement().id().toString());
        for (Finding f : failing) {
          results.add(result(r, v, f.outcome(), f.check().name(), f.reason(), f.evidencePaths(), rule, where));
        }
        if (failing.isEmpty()) {
          // Every failing verdict has a failing finding today; should that change, it still gets its result.
          results.add(result(r, v, v.outcome(), "verdict", v.outcome().jsonName().replace('-', ' '), List.of(), rule,
              where));
        }
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", problems.isEmpty());
    if (!problems.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (EvidenceProblem p : problems) {
        ObjectNode note = notes.addObject();
        note.put("level", "error");
        note.set("message", Sarif.message(p.message()));
        if (!p.file().isEmpty()) {
          note.putArray("locations").add(Sarif.location(p.file(), p.line(), p.column(), 0, 0));
        }
      }
    }
    return PrettyJson.print(log);
  }

  private static ObjectNode rule(RequirementInfo info) {
    ObjectNode rule = PrettyJson.object();
    rule.put("id", info.id().toString());
    rule.set("shortDescription", Sarif.message(info.id().clause() + " " + info.titleEn()));
    rule.set("fullDescription", Sarif.message(info.summaryEn().isEmpty() ? info.titleEn() : info.summaryEn()));
    if (info.source().url().startsWith("https://") || info.source().url().startsWith("http://")) {
      rule.put("helpUri", info.source().url());
    }
    rule.putObject("defaultConfiguration").put("level", info.level() == Level.MANDATORY ? "error" : "warning");
    ObjectNode props = rule.putObject("properties");
    props.put("titleJa", info.titleJa());
    props.put("level", info.level().name().toLowerCase(java.util.Locale.ROOT));
    props.put("status", info.status().keyword());
    props.put("definedAt", info.definedAt());
    return rule;
  }

  private static ObjectNode result(Report r, Verdict v, Outcome outcome, String check, String reason,
      List<String> evidencePaths, int ruleIndex, EvidenceLocations where) {
    RequirementInfo info = v.requirement();
    ObjectNode result = PrettyJson.object();
    result.put("ruleId", info.id().toString());
    result.put("ruleIndex", ruleIndex);
    result.put("kind", "fail");
    result.put("level", outcome == Outcome.NOT_SATISFIED && info.level() == Level.MANDATORY ? "error" : "warning");
    List<String> paths = evidencePaths.isEmpty() ? List.of("") : evidencePaths;
    String first = paths.get(0);
    result.set("message", Sarif.message(info.id().clause() + " " + info.titleEn() + ": " + reason
        + (first.isEmpty() ? "" : " (at " + first + ")")));
    result.putArray("locations").add(location(r.evidenceFile(), first, where));
    if (paths.size() > 1) {
      ArrayNode related = result.putArray("relatedLocations");
      for (int i = 1; i < paths.size(); i++) {
        ObjectNode loc = location(r.evidenceFile(), paths.get(i), where);
        loc.put("id", i);
        loc.set("message", Sarif.message(paths.get(i)));
        related.add(loc);
      }
    }
    ObjectNode props = result.putObject("properties");
    props.put("edition", r.edition().key());
    props.put("outcome", outcome.jsonName());
    props.put("check", check.toLowerCase(java.util.Locale.ROOT));
    props.put("asOf", r.asOf().toString());
    ArrayNode pathsNode = props.putArray("evidencePaths");
    evidencePaths.forEach(pathsNode::add);
    return result;
  }

  private static ObjectNode location(String file, String path, EvidenceLocations where) {
    // A value the file does not hold at all (not even an enclosing one) is located at the whole file.
    Optional<EvidenceLocations.Position> pos = where.ofFinding(path).or(where::wholeFile);
    ObjectNode loc = pos.map(p -> Sarif.location(file, p.line(), p.column(), p.endLine(), p.endColumn()))
        .orElseGet(() -> Sarif.location(file, 0, 0, 0, 0));
    if (!path.isEmpty()) {
      ArrayNode logical = loc.putArray("logicalLocations");
      ObjectNode l = logical.addObject();
      l.put("fullyQualifiedName", path);
      l.put("kind", "member");
    }
    return loc;
  }
}
