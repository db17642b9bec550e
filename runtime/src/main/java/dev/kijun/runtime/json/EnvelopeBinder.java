package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import dev.kijun.runtime.json.EnvelopeJson.AnswerJson;
import dev.kijun.runtime.json.EnvelopeJson.FacilityJson;
import dev.kijun.runtime.json.EnvelopeJson.ReviewJson;
import dev.kijun.runtime.json.EnvelopeJson.WaiverJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass: walks the envelope field by field and binds each part (and each answer, review and waiver on
 * its own), so that a bad value in one part is reported together with problems in the others. Runs only on text
 * that passed {@link SyntaxCheck}, which is what makes skipping past a bad value safe.
 */
final class EnvelopeBinder<E> {
  private final ObjectReader reader;
  private final Class<E> factsType;
  private final Problems problems;

  /** {@code reported}: the unknown fields {@link FieldScan} reported, which binding may skip. */
  EnvelopeBinder(ObjectReader base, Class<E> factsType, Problems problems, Set<String> reported) {
    this.problems = problems;
    this.reader = base.withHandler(new UnknownFields(reported));
    this.factsType = factsType;
  }

  /** The bound assessment, or empty when any problem was recorded. The parser is before the first token. */
  Optional<Assessment<E>> bind(JsonParser p) throws IOException {
    p.nextToken(); // the top-level object, guaranteed by SyntaxCheck
    JsonStreamContext top = p.getParsingContext();
    FacilityJson facility = null;
    LocalDate assessedOn = null;
    E facts = null;
    boolean seenFacility = false;
    boolean seenAssessedOn = false;
    boolean seenFacts = false;
    Map<ClauseRef, Answer> answers = new LinkedHashMap<>();
    Map<ClauseRef, Review> reviews = new LinkedHashMap<>();
    List<Waiver> waivers = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "facility":
          seenFacility = true;
          facility = required(p, name, top, FacilityJson.class);
          break;
        case "assessedOn":
          seenAssessedOn = true;
          assessedOn = required(p, name, top, LocalDate.class);
          break;
        case "facts":
          seenFacts = true;
          facts = required(p, name, top, factsType);
          break;
        case "answers":
          readKeyed(p, name, AnswerJson.class, (key, v) -> answers.put(key, v.toAnswer()));
          break;
        case "reviews":
          readKeyed(p, name, ReviewJson.class, (key, v) -> reviews.put(key, v.toReview()));
          break;
        case "waivers":
          readWaivers(p, waivers);
          break;
        default:
          p.skipChildren(); // an unknown field, reported by FieldScan
      }
    }
    JsonLocation end = p.currentTokenLocation();
    missing(seenFacility, "facility", end);
    missing(seenAssessedOn, "assessedOn", end);
    missing(seenFacts, "facts", end);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    Facility f = facility.toFacility();
    return Optional.of(new Assessment<>(f, assessedOn, facts, answers, reviews, waivers));
  }

  private void missing(boolean seen, String field, JsonLocation at) {
    if (!seen) {
      problems.add("", at, "missing required field `" + field + "`");
    }
  }

  /** Reads a required part; {@code null} is a problem. Returns null after recording any problem. */
  private <T> T required(JsonParser p, String path, JsonStreamContext holder, Class<T> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      problems.add(path, p.currentTokenLocation(), "required field must not be null");
      return null;
    }
    return read(p, path, holder, type);
  }

  /**
   * Reads one value with the strict mapper. On failure, records the problem and moves the parser to the end of
   * the value, so the caller carries on with the next one.
   */
  private <T> T read(JsonParser p, String path, JsonStreamContext holder, Class<T> type) throws IOException {
    try {
      return reader.readValue(p, type);
    } catch (JsonMappingException e) {
      Messages.Located where = Messages.describe(e, path, p);
      problems.add(where.path(), e.getLocation() != null ? e.getLocation() : p.currentTokenLocation(),
          where.message());
    } catch (JsonProcessingException e) {
      problems.add(JsonPaths.of(path, holder, p.getParsingContext()), p.currentTokenLocation(),
          Messages.describe(e, p));
    }
    skipRestOf(p, holder);
    return null;
  }

  /** Advances to the last token of the value held by {@code holder}: once back in it, the value is done. */
  private static void skipRestOf(JsonParser p, JsonStreamContext holder) throws IOException {
    while (p.getParsingContext() != holder) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  /** What to do with one bound entry of {@code answers} or {@code reviews}. */
  private interface EntrySink<T> {
    void accept(ClauseRef key, T value);
  }

  /** Reads an optional object keyed by qualified clause names, each entry on its own. */
  private <T> void readKeyed(JsonParser p, String section, Class<T> type, EntrySink<T> sink) throws IOException {
    if (!optionalContainer(p, section, JsonToken.START_OBJECT, "an object keyed by clause names")) {
      return;
    }
    JsonStreamContext holder = p.getParsingContext();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String path = section + "[" + JsonPaths.quote(key) + "]";
      Optional<ClauseRef> clause = ClauseRef.tryParse(key);
      if (clause.isEmpty()) {
        problems.add(path, p.currentTokenLocation(), ClauseRefDeserializer.notAClauseName(key));
      }
      p.nextToken();
      T value = required(p, path, holder, type);
      if (value != null && clause.isPresent()) {
        sink.accept(clause.get(), value);
      }
    }
  }

  private void readWaivers(JsonParser p, List<Waiver> waivers) throws IOException {
    if (!optionalContainer(p, "waivers", JsonToken.START_ARRAY, "a list")) {
      return;
    }
    JsonStreamContext holder = p.getParsingContext();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      WaiverJson w = required(p, JsonPaths.index("waivers", index), holder, WaiverJson.class);
      if (w != null) {
        waivers.add(w.toWaiver());
      }
      index++;
    }
  }

  /** True when the parser is on the expected container; null means absent; anything else is a problem. */
  private boolean optionalContainer(JsonParser p, String path, JsonToken start, String expected) throws IOException {
    JsonToken t = p.currentToken();
    if (t == start) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      problems.add(path, p.currentTokenLocation(), "expected " + expected + ", found " + Tokens.describe(t));
      p.skipChildren();
    }
    return false;
  }
}
