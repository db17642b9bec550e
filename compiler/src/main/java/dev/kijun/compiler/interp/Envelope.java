package dev.kijun.compiler.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an evidence file around {@code facts}, read from the JSON tree by the interpreter itself (not by the
 * runtime's loader): facility kind, assessment date, answers, reviews and waivers. Assumes the file is valid.
 */
record Envelope(Audience kind, List<String> profiles, LocalDate asOf, JsonNode facts, Map<ClauseRef, AnswerEntry> answers,
    Map<ClauseRef, ReviewEntry> reviews, List<Waiver> waivers) {

  /** An answer: the value's JSON spelling, when it was checked, the optional target date and document. */
  record AnswerEntry(String answer, LocalDate checkedOn, Optional<LocalDate> targetDate, Optional<String> document) {}

  /** A recorded review. */
  record ReviewEntry(boolean satisfied, String reviewer, LocalDate reviewedOn, String note) {}

  static Envelope read(JsonNode root, Optional<LocalDate> asOf) {
    String kind = root.path("facility").path("kind").asText();
    Audience audience = null;
    for (Audience a : Audience.values()) {
      if (a.keyword().equals(kind)) {
        audience = a;
      }
    }
    List<String> profiles = new ArrayList<>();
    root.path("facility").path("profiles").forEach(p -> profiles.add(p.asText()));
    LocalDate date = asOf.orElse(LocalDate.parse(root.path("assessedOn").asText()));
    Map<ClauseRef, AnswerEntry> answers = new HashMap<>();
    root.path("answers").fields().forEachRemaining(e -> {
      JsonNode a = e.getValue();
      answers.put(ClauseRef.parse(e.getKey()), new AnswerEntry(a.path("answer").asText(),
          LocalDate.parse(a.path("checkedOn").asText()), optionalDate(a.get("targetDate")), optionalText(a.get("document"))));
    });
    Map<ClauseRef, ReviewEntry> reviews = new HashMap<>();
    root.path("reviews").fields().forEachRemaining(e -> {
      JsonNode r = e.getValue();
      reviews.put(ClauseRef.parse(e.getKey()), new ReviewEntry(r.path("satisfied").asBoolean(),
          r.path("reviewer").asText(), LocalDate.parse(r.path("reviewedOn").asText()), r.path("note").asText()));
    });
    List<Waiver> waivers = new ArrayList<>();
    for (JsonNode w : root.path("waivers")) {
      waivers.add(new Waiver(ClauseRef.parse(w.path("requirement").asText()), w.path("waiver").asText(),
          w.path("subject").asText(), w.path("justification").asText(), w.path("approvedBy").asText(),
          LocalDate.parse(w.path("expires").asText()), optionalDate(w.get("approvedOn")).orElse(null)));
    }
    return new Envelope(audience, profiles, date, root.path("facts"), answers, reviews, waivers);
  }

  private static Optional<LocalDate> optionalDate(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(n.asText()));
  }

  private static Optional<String> optionalText(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
