package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.report.EnvelopeCheck;
import dev.kijun.runtime.report.EvidenceWarning;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.TextReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of issue 7 ("verdicts a facility can trust"), each on evidence written the way a new user would:
 * the bundled hospital sample (which passes the automated checks) with one thing changed. Every rendered report is
 * also searched for the evidence's credential fingerprints, which must never appear.
 */
class TrustExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, Edition<?>> editions;

  @BeforeAll
  static void compile() throws Exception {
    editions = CompiledGuidelines.get().editions;
  }

  private static ObjectNode hospital() throws Exception {
    return (ObjectNode) JSON.readTree(Files.readString(Path.of("../guidelines/examples/hospital.json")));
  }

  private static ArrayNode list(ObjectNode doc, String name) {
    return (ArrayNode) doc.path("facts").path(name);
  }

  private static ObjectNode device(String id, String kind) {
    ObjectNode d = JSON.createObjectNode().put("id", id).put("name", id).put("kind", kind);
    d.putObject("adminCredential").put("fingerprint", "f-" + id + "-0123456789abcdef").put("factoryDefault", false);
    d.put("lastSecurityPatch", "2026-10-20");
    if (!kind.equals("network-device")) {
      d.put("externalStorage", "blocked");
    }
    return d;
  }

  private static ObjectNode endpoint(String id, String tls13or) {
    ObjectNode e = JSON.createObjectNode().put("id", id).put("host", id + ".example").put("exposure", "open-network")
        .put("ipsecVpn", false);
    if (tls13or != null) {
      ObjectNode t = e.putObject("tls");
      t.putArray("versions").add(tls13or);
      t.putArray("cipherSuites").add("TLS_AES_128_GCM_SHA256");
      t.put("clientCertificate", "required");
    }
    return e;
  }

  /** Validates {@code doc} against {@code edition} and renders both reports (checked for secrets). */
  private static Report report(ObjectNode doc, String edition) throws Exception {
    Edition<?> e = editions.get(edition);
    Report r = run(e, doc);
    String text = TextReport.render(r);
    String json = JsonReport.render(r);
    Matcher m = Pattern.compile("\"fingerprint\"\\s*:\\s*\"([^\"]+)\"").matcher(JSON.writeValueAsString(doc));
    while (m.find()) {
      assertThat(text).doesNotContain(m.group(1));
      assertThat(json).doesNotContain(m.group(1));
    }
    return r;
  }

  private static <E> Report run(Edition<E> e, ObjectNode doc) throws Exception {
    Assessment<E> a = EvidenceLoader.load(JSON.writeValueAsBytes(doc), "doc.json", e.evidenceType());
    return Report.of(e, "doc.json", a);
  }

  private static Verdict verdict(Report r, String clause) {
    return r.verdicts().stream().filter(v -> v.requirement().id().clause().equals(clause)).findFirst().orElseThrow();
  }

  private static Finding automated(Verdict v, int n) {
    return v.findings().stream().filter(f -> f.check() == dev.kijun.runtime.CheckKind.AUTOMATED).toList().get(n);
  }

  // ---------------------------------------------------------------- 1. dates after the assessment date

  @Test
  void aPatchDatedAfterTheAssessmentDateIsNeverSatisfied() throws Exception {
    assertThat(verdict(report(hospital(), "mhlw-checklist@R7"), "2.6").outcome()).isEqualTo(Outcome.SATISFIED);
    ObjectNode doc = hospital();
    ((ObjectNode) list(doc, "devices").get(0)).put("lastSecurityPatch", "2027-10-15"); // typo for 2026
    Verdict v = verdict(report(doc, "mhlw-checklist@R7"), "2.6");
    assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    Observation late = automated(v, 0).observations().get(0);
    assertThat(late.kind()).isEqualTo(Kind.IMPLAUSIBLE);
    assertThat(late.path()).isEqualTo("devices[0].lastSecurityPatch");
    assertThat(late.value()).isEqualTo("2027-10-15");
    assertThat(late.expected()).isEqualTo("on or before 2026-11-01");
  }

  @Test
  void answersAndReviewsDatedAfterTheAssessmentDateDoNotCount() throws Exception {
    ObjectNode doc = hospital();
    ((ObjectNode) doc.path("answers").path("mhlw-checklist@R7/2.6")).put("checkedOn", "2026-12-01");
    Finding answer = verdict(report(doc, "mhlw-checklist@R7"), "2.6").findings().get(0);
    assertThat(answer.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(answer.evidencePaths()).containsExactly("answers[\"mhlw-checklist@R7/2.6\"].checkedOn");

    ObjectNode reviewed = hospital();
    String key = reviewed.path("reviews").fieldNames().next();
    ((ObjectNode) reviewed.path("reviews").path(key)).put("reviewedOn", "2027-01-05");
    String edition = key.substring(0, key.indexOf('/'));
    Verdict v = verdict(report(reviewed, edition), key.substring(key.indexOf('/') + 1));
    assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    assertThat(v.findings()).anySatisfy(f -> assertThat(f.evidencePaths()).containsExactly(
        "reviews[\"" + key + "\"].reviewedOn"));
  }

  @Test
  void aWaiverApprovedAfterTheAssessmentDateDoesNotCount() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(Path.of("../guidelines/examples/hospital-waiver.json")));
    String asOf = doc.path("assessedOn").asText();
    ObjectNode waiver = (ObjectNode) doc.withArray("waivers").get(0);
    String clause = waiver.path("requirement").asText();
    String edition = clause.substring(0, clause.indexOf('/'));
    String id = clause.substring(clause.indexOf('/') + 1);
    waiver.put("approvedOn", asOf);
    assertThat(verdict(report(doc, edition), id).outcome()).isEqualTo(Outcome.WAIVED);

    String later = java.time.LocalDate.parse(asOf).plusDays(1).toString();
    waiver.put("approvedOn", later);
    Verdict v = verdict(report(doc, edition), id);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(v.findings()).anySatisfy(f -> assertThat(f.reason()).contains("waiver `" + waiver.path("waiver")
        .asText() + "` for `" + waiver.path("subject").asText() + "` was approved on " + later
        + ", after the assessment date " + asOf + ", so it does not count"));
  }

  // ---------------------------------------------------------------- 2. missing evidence never masks a failure

  @Test
  void anEndpointOfferingTls10BeforeAnUnscannedOneIsNamed() throws Exception {
    ObjectNode doc = hospital();
    ArrayNode endpoints = list(doc, "endpoints");
    endpoints.removeAll();
    ObjectNode old = endpoint("ep-old", "TLS1.0");
    ((ObjectNode) old.path("tls")).put("clientCertificate", "none");
    endpoints.add(old);
    endpoints.add(endpoint("ep-unscanned", null));
    Report r = report(doc, "mhlw-guideline@5.2");
    Verdict v = verdict(r, "6.11.C.11");
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(automated(v, 0).observations(Kind.FAILED)).extracting(Observation::subject, Observation::value)
        .contains(org.assertj.core.groups.Tuple.tuple("ep-old", "TLS1.0"));
    assertThat(automated(v, 1).observations(Kind.FAILED)).extracting(Observation::describe).containsExactly(
        "endpoint `ep-old` (`endpoints[0].tls.clientCertificate`) is none, expected == required");
    for (int i = 0; i < 3; i++) {
      assertThat(automated(v, i).observations(Kind.MISSING)).extracting(Observation::path)
          .containsExactly("endpoints[1].tls");
    }
    String text = TextReport.render(r);
    assertThat(text.split(Pattern.quote("add to `facts.endpoints[1]` (endpoint `ep-unscanned`):"), -1)).hasSize(2);
  }

  @Test
  void aMissingValueNeededByThreeChecksIsNamedOnceInTheText() throws Exception {
    ObjectNode doc = hospital();
    ArrayNode endpoints = list(doc, "endpoints");
    endpoints.removeAll();
    endpoints.add(endpoint("ep-unscanned", null));
    Report r = report(doc, "mhlw-guideline@5.2");
    Verdict v = verdict(r, "6.11.C.11");
    assertThat(v.outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
    for (int i = 0; i < 3; i++) {
      assertThat(automated(v, i).outcome()).isEqualTo(Outcome.EVIDENCE_MISSING);
      assertThat(automated(v, i).evidencePaths()).containsExactly("endpoints[0].tls");
    }
    String text = TextReport.render(r);
    assertThat(text).doesNotContain("endpoints[0].tls");
    assertThat(text.split(Pattern.quote("add to `facts.endpoints[0]` (endpoint `ep-unscanned`):"), -1)).hasSize(2);
  }

  @Test
  void aFactoryDefaultRouterBesideAnUncollectedCredentialIsNamed() throws Exception {
    ObjectNode doc = hospital();
    ArrayNode devices = list(doc, "devices");
    ObjectNode router = device("rt-main", "network-device");
    ((ObjectNode) router.path("adminCredential")).put("factoryDefault", true);
    ObjectNode unknown = device("pc-unknown", "client-pc");
    unknown.remove("adminCredential");
    devices.insert(0, unknown);
    devices.add(router);
    Verdict v = verdict(report(doc, "mhlw-checklist@R7"), "2.8");
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    Finding defaults = automated(v, 1);
    assertThat(defaults.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(defaults.observations(Kind.FAILED)).extracting(Observation::subject).containsExactly("rt-main");
    assertThat(defaults.observations(Kind.MISSING)).extracting(Observation::subject).containsExactly("pc-unknown");
  }

  @Test
  void everyFailingConjunctIsReported() throws Exception {
    ObjectNode doc = hospital();
    ObjectNode wlan = (ObjectNode) list(doc, "wirelessNetworks").get(0);
    wlan.put("anyProbeRefused", false).put("macFiltering", false).put("encryption", "wep");
    Verdict v = verdict(report(doc, "mhlw-guideline@5.2"), "6.5.C.15");
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    // 5.2 gives ANY refusal only as an example (a question), but MAC restriction "at least" and encryption as rules:
    // both failing conjuncts of the one automated check are named, not only the first.
    assertThat(automated(v, 0).observations(Kind.FAILED)).extracting(Observation::path, Observation::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("wirelessNetworks[0].macFiltering", "false"),
            org.assertj.core.groups.Tuple.tuple("wirelessNetworks[0].encryption", "wep"));
  }

  // ---------------------------------------------------------------- 3. findings name what they found

  @Test
  void findingsNameTheElementTheValueAndTheThreshold() throws Exception {
    ObjectNode doc = hospital();
    ObjectNode portal = endpoint("ep-portal", "SSL3.0");
    ((ObjectNode) portal.path("tls")).withArray("cipherSuites").add("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    list(doc, "endpoints").add(portal);
    ObjectNode pc = device("pc-usb", "client-pc").put("externalStorage", "unrestricted")
        .put("lastSecurityPatch", "2026-05-01");
    list(doc, "devices").add(pc);
    int pcIndex = list(doc, "devices").size() - 1;
    Report r52 = report(doc, "mhlw-guideline@5.2");
    String text52 = TextReport.render(r52);
    assertThat(text52).contains("endpoint `ep-portal`", "is SSL3.0, expected >= TLS1.3",
        "is TLS_RSA_WITH_3DES_EDE_CBC_SHA, expected in HIGH_SECURITY_TLS13_SUITES or in HIGH_SECURITY_TLS12_SUITES");
    Report r7 = report(doc, "mhlw-checklist@R7");
    String text7 = TextReport.render(r7);
    assertThat(text7).contains("device `pc-usb` (`devices[" + pcIndex + "].externalStorage`) is unrestricted,"
        + " expected != unrestricted");
    assertThat(text7).contains("device `pc-usb` (`devices[" + pcIndex + "].lastSecurityPatch`) is 2026-05-01,"
        + " expected >= 2026-08-03");
    String json = JsonReport.render(r7);
    assertThat(json).contains("\"subject\": \"pc-usb\"", "\"value\": \"2026-05-01\"", "\"expected\": \">= 2026-08-03\"");
  }

  @Test
  void notApplicableStatesTheConditionInWords() throws Exception {
    ObjectNode doc = hospital();
    for (var e : list(doc, "endpoints")) {
      ((ObjectNode) e).put("exposure", "internal");
    }
    Verdict v = verdict(report(doc, "mhlw-guideline@5.2"), "6.11.C.11");
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(v.findings().get(0).reason()).startsWith("its applicability condition does not hold (")
        .contains("OPEN_NETWORK");
    assertThat(v.requirement().applicability()).isNotEmpty();
  }

  @Test
  void aCheckOverAnEmptyListSaysNothingWasChecked() throws Exception {
    ObjectNode doc = hospital();
    list(doc, "devices").removeAll();
    Report r = report(doc, "mhlw-checklist@R7");
    Finding f = automated(verdict(r, "2.6"), 0);
    assertThat(f.outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(f.reason()).contains("nothing was checked in `devices`");
    assertThat(f.observations()).containsExactly(new Observation(Kind.VACUOUS, "devices", "", "", "0", ""));
    assertThat(TextReport.render(r)).contains("`devices` is empty: nothing was checked");
  }

  // ---------------------------------------------------------------- 4. unknown keys in the envelope

  @Test
  void envelopeEntriesNothingReadsAreWarnedWithDidYouMean() throws Exception {
    ObjectNode doc = hospital();
    ObjectNode answers = (ObjectNode) doc.path("answers");
    answers.set("mhlw-checklist@R7/2.08", answers.path("mhlw-checklist@R7/2.8").deepCopy());
    answers.set("mhlw-checklist@R77/2.8", answers.path("mhlw-checklist@R7/2.8").deepCopy());
    ObjectNode review = ((ObjectNode) doc.path("reviews")).putObject("mhlw-checklist@R7/2.6");
    review.put("satisfied", true).put("reviewer", "r").put("reviewedOn", "2026-10-01").put("note", "");
    ObjectNode waiver = ((ArrayNode) doc.withArray("waivers")).addObject();
    waiver.put("requirement", "mhlw-guideline@5.2/6.11.C.11").put("waiver", "tls12fallback").put("subject", "ep-x")
        .put("justification", "j").put("approvedBy", "CIO").put("expires", "2027-03-31");
    ObjectNode unknownClause = ((ArrayNode) doc.withArray("waivers")).addObject();
    unknownClause.put("requirement", "mhlw-guideline@5.2/6.11.C.99").put("waiver", "tls12Fallback")
        .put("subject", "ep-x").put("justification", "j").put("approvedBy", "CIO").put("expires", "2027-03-31");
    Edition<?> r7 = editions.get("mhlw-checklist@R7");
    Edition<?> g52 = editions.get("mhlw-guideline@5.2");
    Assessment<?> a = EvidenceLoader.load(JSON.writeValueAsBytes(doc), "doc.json", r7.evidenceType());
    List<EnvelopeCheck.EditionView> views = List.of(view(r7), view(g52));
    List<EvidenceWarning> warnings = EnvelopeCheck.check("doc.json", a, views, editions.keySet());
    assertThat(warnings).extracting(EvidenceWarning::render).containsExactly(
        "doc.json: answers[\"mhlw-checklist@R7/2.08\"]: no requirement `2.08` in mhlw-checklist@R7; this answer is"
            + " not used; did you mean `2.8`?",
        "doc.json: answers[\"mhlw-checklist@R77/2.8\"]: no compiled edition `mhlw-checklist@R77`; this entry is not"
            + " used; did you mean `mhlw-checklist@R7`?",
        "doc.json: reviews[\"mhlw-checklist@R7/2.6\"]: requirement `mhlw-checklist@R7/2.6` has no review check; this"
            + " review is not used",
        "doc.json: waivers[" + (doc.withArray("waivers").size() - 2) + "].waiver: requirement"
            + " `mhlw-guideline@5.2/6.11.C.11` declares no waiver `tls12fallback`; this waiver is not used; did you"
            + " mean `tls12Fallback`?",
        "doc.json: waivers[" + (doc.withArray("waivers").size() - 1) + "].requirement: no requirement `6.11.C.99` in"
            + " mhlw-guideline@5.2; this waiver is not used; did you mean `6.11.C.11`?");
    String text = TextReport.render(new ReportSet(List.of(run(r7, doc)), warnings));
    assertThat(text).contains("warnings: 5 evidence entries not used by any validated requirement");
  }

  private static EnvelopeCheck.EditionView view(Edition<?> e) {
    return new EnvelopeCheck.EditionView(e.info(), e.validators().stream().map(v -> v.info()).toList());
  }

  // ---------------------------------------------------------------- 6. a report a facility can act on

  @Test
  void textReportPutsFailuresFirstWithASummaryTableAndTheJsonToAdd() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(Path.of("../guidelines/examples/clinic.json"),
        StandardCharsets.UTF_8));
    ((ObjectNode) doc.path("answers")).remove("mhlw-checklist@R7/2.1");
    String text = TextReport.render(report(doc, "mhlw-checklist@R7"));
    assertThat(text.indexOf("summary (requirements per outcome")).isLessThan(text.indexOf("legend"));
    assertThat(text).containsPattern("\n  edition +evidence +not-satisfied +evidence-missing +needs-review +relieved"
        + " +waived +satisfied +not-applicable +total\n  mhlw-checklist@R7 +doc\\.json +\\d+ +1 +0 +0 +0 +\\d+ +0 +19\n");
    assertThat(text).contains("defined at FILE:LINE").contains("clause inferred");
    int failures = text.indexOf("== not-satisfied");
    int missing = text.indexOf("== evidence-missing");
    int satisfied = text.indexOf("== satisfied");
    assertThat(failures).isPositive().isLessThan(missing);
    assertThat(missing).isLessThan(satisfied);
    assertThat(text).contains("add to \"answers\":\n      \"mhlw-checklist@R7/2.1\": { \"answer\": \"yes\","
        + " \"checkedOn\": \"2026-11-01\" }");
  }
}
