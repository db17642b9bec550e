package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence envelope (docs/evidence.md) read token by token, with {@code facts} handed to the schema's generated
 * {@link EvidenceReader}: the fast path for evidence whose root record has one. It accepts exactly the shapes of
 * {@link FastPath.Envelope} and {@link EnvelopeJson} under the strict mapper's rules (required means present and not
 * null, no unknown or repeated keys, no null in a list or map) and builds the same {@link Assessment}; anything else
 * is {@link Reads.Rejected}, and the loader's thorough path takes over.
 */
final class EnvelopeReader {
  private static final int FACILITY = 1;
  private static final int ASSESSED_ON = 2;
  private static final int FACTS = 4;
  private static final int ANSWERS = 8;
  private static final int REVIEWS = 16;
  private static final int WAIVERS = 32;

  private EnvelopeReader() {}

  /** The whole file: one object and nothing after it. */
  static <E> Assessment<E> read(JsonParser p, EvidenceReader facts, Class<E> factsType) throws IOException {
    p.nextToken();
    Reads.startObject(p);
    int seen = 0;
    Facility facility = null;
    LocalDate assessedOn = null;
    E bound = null;
    Map<ClauseRef, Answer> answers = new LinkedHashMap<>();
    Map<ClauseRef, Review> reviews = new LinkedHashMap<>();
    List<Waiver> waivers = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      int bit;
      switch (name) {
        case "facility":
          bit = FACILITY;
          facility = facility(p);
          break;
        case "assessedOn":
          bit = ASSESSED_ON;
          assessedOn = Reads.date(p);
          break;
        case "facts":
          bit = FACTS;
          Reads.startObject(p);
          bound = facts.read(factsType, p);
          if (bound == null) {
            throw Reads.reject();
          }
          break;
        case "answers":
          bit = ANSWERS;
          if (!Reads.isNull(p)) {
            clauseMap(p, answers, EnvelopeReader::answer);
          }
          break;
        case "reviews":
          bit = REVIEWS;
          if (!Reads.isNull(p)) {
            clauseMap(p, reviews, EnvelopeReader::review);
          }
          break;
        case "waivers":
          bit = WAIVERS;
          if (!Reads.isNull(p)) {
            waivers = Reads.list(p, EnvelopeReader::waiver);
          }
          break;
        default:
          throw Reads.reject();
      }
      seen = once(seen, bit);
    }
    if ((seen & (FACILITY | ASSESSED_ON | FACTS)) != (FACILITY | ASSESSED_ON | FACTS) || p.nextToken() != null) {
      throw Reads.reject(); // a required part missing, or anything after the object
    }
    return new Assessment<>(facility, assessedOn, bound, answers, reviews, waivers);
  }

  /** Marks a key as seen; a key seen before is a duplicate. */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw Reads.reject();
    }
    return seen | bit;
  }

  private static Facility facility(JsonParser p) throws IOException {
    Reads.startObject(p);
    int seen = 0;
    String name = null;
    Audience kind = null;
    List<String> profiles = null;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "name":
          seen = once(seen, 1);
          name = Reads.string(p);
          break;
        case "kind":
          seen = once(seen, 2);
          kind = audience(Reads.string(p));
          break;
        case "profiles":
          seen = once(seen, 4);
          profiles = Reads.isNull(p) ? null : Reads.list(p, Reads::string);
          break;
        default:
          throw Reads.reject();
      }
    }
    if ((seen & 3) != 3) {
      throw Reads.reject();
    }
    return new Facility(name, kind, profiles == null ? List.of() : profiles);
  }

  private static Audience audience(String json) {
    switch (json) {
      case "medical-institution":
        return Audience.MEDICAL_INSTITUTION;
      case "pharmacy":
        return Audience.PHARMACY;
      case "vendor":
        return Audience.VENDOR;
      default:
        throw Reads.reject();
    }
  }

  /** {@code answers} or {@code reviews}: an object keyed by qualified clause names. */
  private static <V> void clauseMap(JsonParser p, Map<ClauseRef, V> into, Reads.Element<V> value) throws IOException {
    Reads.startObject(p);
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      Optional<ClauseRef> clause = ClauseRef.tryParse(key);
      if (clause.isEmpty()) {
        throw Reads.reject();
      }
      p.nextToken();
      if (into.put(clause.get(), value.read(p)) != null) {
        throw Reads.reject(); // a repeated key (or two spellings of one clause): the thorough path decides
      }
    }
  }

  private static Answer answer(JsonParser p) throws IOException {
    Reads.startObject(p);
    int seen = 0;
    AnswerValue answer = null;
    LocalDate checkedOn = null;
    LocalDate targetDate = null;
    String document = null;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "answer":
          seen = once(seen, 1);
          answer = answerValue(Reads.string(p));
          break;
        case "checkedOn":
          seen = once(seen, 2);
          checkedOn = Reads.date(p);
          break;
        case "targetDate":
          seen = once(seen, 4);
          targetDate = Reads.isNull(p) ? null : Reads.date(p);
          break;
        case "document":
          seen = once(seen, 8);
          document = Reads.isNull(p) ? null : Reads.string(p);
          break;
        default:
          throw Reads.reject();
      }
    }
    if ((seen & 3) != 3) {
      throw Reads.reject();
    }
    return new Answer(answer, checkedOn, Optional.ofNullable(targetDate), Optional.ofNullable(document));
  }

  private static AnswerValue answerValue(String json) {
    switch (json) {
      case "yes":
        return AnswerValue.YES;
      case "no":
        return AnswerValue.NO;
      case "not-applicable":
        return AnswerValue.NOT_APPLICABLE;
      default:
        throw Reads.reject();
    }
  }

  private static Review review(JsonParser p) throws IOException {
    Reads.startObject(p);
    int seen = 0;
    boolean satisfied = false;
    String reviewer = null;
    LocalDate reviewedOn = null;
    String note = null;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "satisfied":
          seen = once(seen, 1);
          satisfied = Reads.bool(p);
          break;
        case "reviewer":
          seen = once(seen, 2);
          reviewer = Reads.string(p);
          break;
        case "reviewedOn":
          seen = once(seen, 4);
          reviewedOn = Reads.date(p);
          break;
        case "note":
          seen = once(seen, 8);
          note = Reads.isNull(p) ? null : Reads.string(p);
          break;
        default:
          throw Reads.reject();
      }
    }
    if ((seen & 7) != 7) {
      throw Reads.reject();
    }
    return new Review(satisfied, reviewer, reviewedOn, note == null ? "" : note);
  }

  private static Waiver waiver(JsonParser p) throws IOException {
    Reads.startObject(p);
    int seen = 0;
    ClauseRef requirement = null;
    String waiver = null;
    String subject = null;
    String justification = null;
    String approvedBy = null;
    LocalDate expires = null;
    LocalDate approvedOn = null;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "requirement":
          seen = once(seen, 1);
          requirement = ClauseRef.tryParse(Reads.string(p)).orElseThrow(Reads::reject);
          break;
        case "waiver":
          seen = once(seen, 2);
          waiver = Reads.string(p);
          break;
        case "subject":
          seen = once(seen, 4);
          subject = Reads.string(p);
          break;
        case "justification":
          seen = once(seen, 8);
          justification = Reads.string(p);
          break;
        case "approvedBy":
          seen = once(seen, 16);
          approvedBy = Reads.string(p);
          break;
        case "expires":
          seen = once(seen, 32);
          expires = Reads.date(p);
          break;
        case "approvedOn":
          seen = once(seen, 64);
          approvedOn = Reads.isNull(p) ? null : Reads.date(p);
          break;
        default:
          throw Reads.reject();
      }
    }
    if ((seen & 63) != 63) {
      throw Reads.reject();
    }
    return new Waiver(requirement, waiver, subject, justification, approvedBy, expires, approvedOn);
  }
}
