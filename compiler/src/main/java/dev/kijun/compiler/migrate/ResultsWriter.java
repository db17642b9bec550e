package dev.kijun.compiler.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Outcome;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The results file for the target edition. For an answer sheet: the envelope of the evidence file without its
 * {@code facts} (they may hold secrets, which no output may contain), with the source edition's answers re-keyed to
 * the target (carried answers kept as they were, dates included; re-assess and new items left unanswered, so
 * {@code kijun validate} asks for them), other editions' answers untouched, and the source edition's reviews and
 * waivers removed. The facility merges these answers into its current evidence file. For a verdict report: a report of the same shape for the target edition, outcomes
 * carried or {@code needs-review} with a finding that says what to re-assess. Pure and deterministic.
 */
public final class ResultsWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResultsWriter() {}

  /** The re-keyed answer sheet. */
  public static String answers(AssessmentInput.AnswerSheet in, Worklist w) {
    ObjectNode root = in.root().deepCopy();
    // Facts are never copied: they may hold secret values (credential fingerprints), and no kijun output may.
    root.remove("facts");
    ObjectNode answers = MAPPER.createObjectNode();
    JsonNode old = in.root().get("answers");
    if (old != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!ClauseRef.tryParse(f.getKey()).map(r -> r.editionKey().equals(w.source())).orElse(false)) {
          answers.set(f.getKey(), f.getValue().deepCopy());
        }
      }
    }
    for (Worklist.Item i : w.items()) {
      if (i.result().isEmpty()) {
        continue;
      }
      for (Worklist.SourceLink s : i.sources()) {
        ObjectNode a = in.answers().get(s.clause());
        if (a != null && s.result() == i.result().get()) {
          answers.set(i.clause().toString(), a.deepCopy());
          break;
        }
      }
    }
    root.set("answers", answers);
    JsonNode reviews = root.get("reviews");
    if (reviews instanceof ObjectNode r) {
      List<String> drop = new ArrayList<>();
      r.fieldNames().forEachRemaining(k -> {
        if (inSource(k, w)) {
          drop.add(k);
        }
      });
      r.remove(drop);
    }
    JsonNode waivers = root.get("waivers");
    if (waivers instanceof ArrayNode a) {
      for (int k = a.size() - 1; k >= 0; k--) {
        if (inSource(a.get(k).path("requirement").asText(""), w)) {
          a.remove(k);
        }
      }
    }
    return dev.kijun.runtime.report.PrettyJson.print(root);
  }

  /** Notes on what an answer sheet loses: the source edition's reviews and waivers, which belong to its requirements. */
  public static List<String> answerSheetNotes(AssessmentInput.AnswerSheet in, String source) {
    List<String> notes = new ArrayList<>();
    if (in.root().has("facts")) {
      notes.add("facts not copied: they may hold secret values; merge the carried `answers` into your current evidence"
          + " file, e.g. jq -s '.[0] * {answers: .[1].answers}' evidence.json answers-<edition>.json");
    }
    JsonNode reviews = in.root().get("reviews");
    if (reviews != null) {
      reviews.fieldNames().forEachRemaining(k -> {
        if (ClauseRef.tryParse(k).map(r -> r.editionKey().equals(source)).orElse(false)) {
          notes.add("review " + k + " not carried: reviews belong to one edition's requirement; review the successor again");
        }
      });
    }
    JsonNode waivers = in.root().get("waivers");
    if (waivers != null) {
      for (JsonNode wv : waivers) {
        String req = wv.path("requirement").asText("");
        if (ClauseRef.tryParse(req).map(r -> r.editionKey().equals(source)).orElse(false)) {
          notes.add("waiver " + wv.path("waiver").asText("?") + " of " + req + " for " + wv.path("subject").asText("?")
              + " not carried: waivers are declared per requirement");
        }
      }
    }
    return notes;
  }

  /** The report for the target edition, in the shape of the input (one report, or a set holding one). */
  public static String report(AssessmentInput.VerdictReport in, Worklist w, Edition target) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("edition", edition(target));
    body.put("evidenceFile", in.report().path("evidenceFile").asText(""));
    body.put("facility", MAPPER.convertValue(in.report().path("facility"), Object.class));
    body.put("asOf", in.report().path("asOf").asText(""));
    String kind = in.report().path("facility").path("kind").asText("");
    List<Object> verdicts = new ArrayList<>();
    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    boolean failures = false;
    for (Worklist.Item i : w.items()) {
      Requirement r = target.requirement(i.clause().clause()).orElseThrow();
      Map<String, Object> v = verdict(in, i, r, kind);
      Outcome o = (Outcome) v.remove("_outcome");
      counts.merge(o, 1, Integer::sum);
      failures |= o == Outcome.NOT_SATISFIED || o == Outcome.EVIDENCE_MISSING;
      verdicts.add(v);
    }
    Map<String, Object> countsJson = new LinkedHashMap<>();
    counts.forEach((o, n) -> countsJson.put(o.jsonName(), n));
    body.put("counts", countsJson);
    body.put("hasFailures", failures);
    body.put("verdicts", verdicts);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("notice", in.root().path("notice").asText(""));
    if (in.root().has("reports")) {
      root.put("counts", countsJson);
      root.put("hasFailures", failures);
      root.put("reports", List.of(body));
    } else {
      root.putAll(body);
    }
    return dev.kijun.runtime.report.PrettyJson.print(root);
  }

  private static Map<String, Object> verdict(AssessmentInput.VerdictReport in, Worklist.Item i, Requirement r,
      String facilityKind) {
    Outcome outcome;
    String reason;
    Set<Object> paths = new LinkedHashSet<>();
    Optional<Audience> audience = java.util.Arrays.stream(Audience.values())
        .filter(a -> a.keyword().equals(facilityKind)).findFirst();
    String from = String.join(", ", i.sources().stream().map(s -> s.clause().clause() + " (" + s.relationship().keyword()
        + ", " + s.result().keyword() + ")").toList());
    if (audience.isPresent() && !r.audience().contains(audience.get())) {
      outcome = Outcome.NOT_APPLICABLE;
      reason = "addressed to " + String.join(", ", r.audience().stream().map(Audience::keyword).sorted().toList())
          + ", not to a " + facilityKind;
    } else if (i.disposition() == Disposition.CARRIED && i.result().flatMap(SourceResult::outcome).isPresent()) {
      outcome = i.result().flatMap(SourceResult::outcome).get();
      reason = "carried from " + from + ": " + i.reason();
      for (Worklist.SourceLink s : i.sources()) {
        ObjectNode src = in.verdicts().get(s.clause());
        if (src != null) {
          src.path("findings").forEach(f -> f.path("evidencePaths").forEach(p -> paths.add(p.asText())));
        }
      }
    } else if (i.disposition() == Disposition.CARRIED_WITH_FOLLOW_UP) {
      outcome = Outcome.NEEDS_REVIEW;
      reason = "follow-up needed (carried from " + from + "): " + i.followUp().orElse(i.reason());
    } else if (i.disposition() == Disposition.NEW) {
      outcome = Outcome.NEEDS_REVIEW;
      reason = "re-assess: new in this edition: " + i.reason();
    } else {
      outcome = Outcome.NEEDS_REVIEW;
      reason = "re-assess" + (from.isEmpty() ? "" : " (from " + from + ")") + ": " + i.reason();
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("requirement", r.id().toString());
    v.put("outcome", outcome.jsonName());
    v.put("level", r.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
    v.put("status", r.status().keyword());
    v.put("titleJa", r.title().ja());
    v.put("titleEn", r.title().en());
    v.put("definedAt", r.span().fileLine());
    Map<String, Object> finding = new LinkedHashMap<>();
    finding.put("check", "review");
    finding.put("outcome", outcome.jsonName());
    finding.put("reason", reason);
    finding.put("evidencePaths", new ArrayList<>(paths));
    v.put("findings", List.of(finding));
    v.put("_outcome", outcome);
    return v;
  }

  private static Map<String, Object> edition(Edition e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", e.key());
    m.put("titleJa", e.info().title().ja());
    m.put("titleEn", e.info().title().en());
    m.put("publisher", e.info().publisher());
    m.put("published", e.info().published().toString());
    m.put("sourceUrl", e.info().sourceUrl());
    m.put("status", e.info().status().keyword());
    return m;
  }

  private static boolean inSource(String key, Worklist w) {
    return ClauseRef.tryParse(key).map(r -> r.editionKey().equals(w.source())).orElse(false);
  }
}
