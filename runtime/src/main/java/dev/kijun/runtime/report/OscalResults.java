package dev.kijun.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * Renders a validate run as OSCAL {@value Oscal#VERSION} assessment results: one {@code result} per report (an
 * edition on one evidence file) whose reviewed controls are the edition's requirements (control ids as in kijun's
 * OSCAL catalog, {@link Oscal#controlId}), one {@code finding} per verdict and one {@code observation} per check
 * finding. A finding's state is {@code satisfied} only for a satisfied verdict; every other outcome is
 * {@code not-satisfied} (reason {@code fail} when a check failed, {@code other} otherwise), and the exact kijun outcome
 * is a property, so waived, not applicable, needs review and evidence missing are never read as a pass. There is no
 * OSCAL assessment plan; {@code import-ap} points at a back-matter resource that says so. Deterministic: UUIDs are
 * name-based and times are the assessment dates at midnight UTC.
 */
public final class OscalResults {
  private OscalResults() {}

  /**
   * The assessment results of {@code set} as one document on its own: no OSCAL assessment plan exists, so
   * {@code import-ap} points at a back-matter resource that says so.
   */
  public static String render(ReportSet set, String toolVersion) {
    return render(set.reports(), toolVersion, null);
  }

  /**
   * The assessment results of {@code reports}; {@code planHref} is the assessment plan they import (a relative
   * reference, as {@link OscalChain} writes it), or null for none.
   */
  static String render(List<Report> reports, String toolVersion, String planHref) {
    String runId = runId(reports);
    ObjectNode root = PrettyJson.object();
    ObjectNode ar = root.putObject("assessment-results");
    ar.put("uuid", Oscal.uuid(runId));
    metadata(ar, "kijun verdicts per clause", reports, toolVersion);
    String planId = Oscal.uuid(runId + "\nno assessment plan");
    ar.putObject("import-ap").put("href", planHref != null ? planHref : "#" + planId);
    ArrayNode results = ar.putArray("results");
    for (Report r : reports) {
      results.add(result(r, runId));
    }
    if (planHref == null) {
      ObjectNode resource = ar.putObject("back-matter").putArray("resources").addObject();
      resource.put("uuid", planId);
      resource.put("title", "No OSCAL assessment plan");
      resource.put("description", "These results come from `kijun validate` over evidence files; the clauses"
          + " checked are the editions' requirements, and there is no separate OSCAL assessment plan.");
    }
    return PrettyJson.print(root);
  }

  /** What identifies a run: its editions, evidence files and dates, in order; every UUID derives from it. */
  static String runId(List<Report> reports) {
    StringBuilder identity = new StringBuilder("kijun assessment-results");
    reports.forEach(r -> identity.append('\n').append(r.edition().key()).append(' ').append(r.evidenceFile())
        .append(' ').append(r.asOf()));
    return identity.toString();
  }

  /**
   * The metadata every document of a run shares: its date is the latest assessment date (never the clock), its
   * version kijun's, and its remarks the notice that verdicts are no compliance claim.
   */
  static ObjectNode metadata(ObjectNode document, String title, List<Report> reports, String toolVersion) {
    String latest = reports.stream().map(r -> r.asOf().toString()).max(String::compareTo).orElse("1970-01-01");
    ObjectNode metadata = document.putObject("metadata");
    metadata.put("title", title);
    metadata.put("last-modified", latest + "T00:00:00Z");
    metadata.put("version", toolVersion);
    metadata.put("oscal-version", Oscal.VERSION);
    metadata.put("remarks", Wording.NOTICE);
    return metadata;
  }

  private static ObjectNode result(Report r, String runId) {
    String resultId = runId + "\n" + r.edition().key() + "\n" + r.evidenceFile();
    String at = r.asOf() + "T00:00:00Z";
    ObjectNode result = PrettyJson.object();
    result.put("uuid", Oscal.uuid(resultId));
    result.put("title", r.edition().key() + " on " + r.evidenceFile());
    result.put("description", "Verdicts of " + r.edition().titleEn() + " (" + r.edition().key() + ") on the evidence"
        + " file " + r.evidenceFile() + " about " + r.facility().name() + ", as of " + r.asOf() + ". "
        + Wording.summary(r.counts()) + ".");
    result.put("start", at);
    result.put("end", at);
    ArrayNode props = result.putArray("props");
    prop(props, "edition", r.edition().key());
    prop(props, "evidence-file", r.evidenceFile());
    prop(props, "as-of", r.asOf().toString());
    ArrayNode controls = result.putObject("reviewed-controls").putArray("control-selections").addObject()
        .putArray("include-controls");
    for (Verdict v : r.verdicts()) {
      controls.addObject().put("control-id", Oscal.controlId(v.requirement().id().clause()));
    }
    ArrayNode observations = PrettyJson.object().putArray("o");
    ArrayNode findings = PrettyJson.object().putArray("f");
    for (Verdict v : r.verdicts()) {
      String verdictId = resultId + "\n" + v.requirement().id();
      ObjectNode finding = findings.addObject();
      finding.put("uuid", Oscal.uuid(verdictId));
      finding.put("title", v.requirement().id().clause() + " " + v.requirement().titleEn());
      finding.put("description", v.requirement().id() + ": " + v.outcome().jsonName() + ".");
      prop(finding.putArray("props"), "outcome", v.outcome().jsonName());
      ObjectNode target = finding.putObject("target");
      target.put("type", "statement-id");
      target.put("target-id", Oscal.controlId(v.requirement().id().clause()) + "_smt");
      ObjectNode status = target.putObject("status");
      status.put("state", v.outcome() == Outcome.SATISFIED ? "satisfied" : "not-satisfied");
      status.put("reason", v.outcome() == Outcome.SATISFIED ? "pass"
          : v.outcome() == Outcome.NOT_SATISFIED ? "fail" : "other");
      if (!v.findings().isEmpty()) {
        ArrayNode related = finding.putArray("related-observations");
        int i = 0;
        for (Finding f : v.findings()) {
          String observationId = Oscal.uuid(verdictId + "\n" + i++);
          related.addObject().put("observation-uuid", observationId);
          observations.add(observation(f, observationId, r, at));
        }
      }
    }
    if (!observations.isEmpty()) {
      result.set("observations", observations);
    }
    if (!findings.isEmpty()) {
      result.set("findings", findings);
    }
    return result;
  }

  private static ObjectNode observation(Finding f, String uuid, Report r, String at) {
    ObjectNode o = PrettyJson.object();
    o.put("uuid", uuid);
    o.put("title", f.check().name().toLowerCase(Locale.ROOT) + " check: " + f.outcome().jsonName());
    o.put("description", f.reason().isBlank() ? f.outcome().jsonName() : f.reason());
    prop(o.putArray("props"), "outcome", f.outcome().jsonName());
    // OSCAL's methods: an automated check tests the evidence, a question is an interview, a review an examination.
    o.putArray("methods").add(f.check() == CheckKind.AUTOMATED ? "TEST"
        : f.check() == CheckKind.QUESTION ? "INTERVIEW" : "EXAMINE");
    if (!f.evidencePaths().isEmpty()) {
      ArrayNode evidence = o.putArray("relevant-evidence");
      for (String path : f.evidencePaths()) {
        evidence.addObject().put("href", Sarif.uri(r.evidenceFile())).put("description", "evidence path " + path);
      }
    }
    o.put("collected", at);
    return o;
  }

  private static void prop(ArrayNode props, String name, String value) {
    props.addObject().put("name", name).put("ns", Oscal.NS).put("value", value);
  }
}
