package dev.kijun.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The happy path of loading: one strict pass straight from the bytes, with the same parser limits and the same
 * rules as the thorough path. When the facts type names a generated {@link EvidenceReader} ({@link ReadWith}), the
 * envelope and facts are read token by token ({@link EnvelopeReader}), with no data binding at all; otherwise Jackson
 * binds them with the strict mapper. Valid evidence never pays for the diagnostic passes (syntax scan, unknown-field scan,
 * part-by-part binding), which exist only to explain what is wrong; any failure here sends the file down that
 * thorough path, which then reports every problem precisely. So this path may only ever be stricter, never laxer.
 * Duplicate keys are caught by {@link DuplicateKeys} rather than Jackson's allocating check.
 */
final class FastPath {
  private final ObjectMapper mapper;
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  /** The generated reader of each facts type seen, or {@link #NONE}. */
  private final ClassValue<EvidenceReader> generatedReaders = new ClassValue<>() {
    @Override
    protected EvidenceReader computeValue(Class<?> type) {
      return generatedReader(type);
    }
  };
  private static final EvidenceReader NONE = new EvidenceReader() {
    @Override
    public <E> E read(Class<E> type, JsonParser p) {
      return null;
    }
  };

  FastPath(ObjectMapper strict) {
    this.mapper = strict.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The bound assessment, or empty when anything at all is wrong (the caller then runs the thorough path). */
  <E> Optional<Assessment<E>> tryLoad(byte[] json, Class<E> factsType) {
    if (!Encoding.wellFormedUtf8(json)) {
      return Optional.empty(); // Jackson's byte decoder is laxer than the thorough path's strict one
    }
    EvidenceReader generated = generatedReaders.get(factsType);
    if (generated != NONE) {
      return tryRead(json, factsType, generated);
    }
    ObjectReader reader = readers.computeIfAbsent(factsType, t -> {
      JavaType type = mapper.getTypeFactory().constructParametricType(Envelope.class, t);
      return mapper.readerFor(type);
    });
    try (JsonParser p = DuplicateKeys.wrap(mapper.getFactory().createParser(json))) {
      Envelope<E> e = reader.readValue(p);
      if (p.nextToken() != null) {
        return Optional.empty(); // trailing tokens
      }
      return Optional.ofNullable(e).flatMap(FastPath::toAssessment);
    } catch (Exception e) { // any failure: the thorough path explains it
      return Optional.empty();
    }
  }

  /**
   * The envelope and facts read token by token ({@link EnvelopeReader}, the schema's generated reader): no data
   * binding at all. Duplicate keys are the readers' own concern, so the parser's check is off.
   */
  private <E> Optional<Assessment<E>> tryRead(byte[] json, Class<E> factsType, EvidenceReader generated) {
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      return Optional.of(EnvelopeReader.read(p, generated, factsType));
    } catch (Exception e) { // any failure, Reads.Rejected included: the thorough path explains it
      return Optional.empty();
    }
  }

  /** The reader named by the type's {@link ReadWith}, or {@link #NONE} (also when it cannot be created). */
  private static EvidenceReader generatedReader(Class<?> type) {
    ReadWith with = type.getAnnotation(ReadWith.class);
    if (with == null) {
      return NONE;
    }
    try {
      return with.value().getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return NONE; // Jackson binds it instead: slower, never wrong
    }
  }

  private static <E> Optional<Assessment<E>> toAssessment(Envelope<E> e) {
    Map<ClauseRef, Answer> answers = new LinkedHashMap<>();
    if (e.answers() != null) {
      for (Map.Entry<String, EnvelopeJson.AnswerJson> a : e.answers().entrySet()) {
        Optional<ClauseRef> key = ClauseRef.tryParse(a.getKey());
        if (key.isEmpty()) {
          return Optional.empty();
        }
        answers.put(key.get(), a.getValue().toAnswer());
      }
    }
    Map<ClauseRef, Review> reviews = new LinkedHashMap<>();
    if (e.reviews() != null) {
      for (Map.Entry<String, EnvelopeJson.ReviewJson> r : e.reviews().entrySet()) {
        Optional<ClauseRef> key = ClauseRef.tryParse(r.getKey());
        if (key.isEmpty()) {
          return Optional.empty();
        }
        reviews.put(key.get(), r.getValue().toReview());
      }
    }
    List<Waiver> waivers = new ArrayList<>();
    if (e.waivers() != null) {
      e.waivers().forEach(w -> waivers.add(w.toWaiver()));
    }
    return Optional.of(new Assessment<>(e.facility().toFacility(), e.assessedOn(), e.facts(), answers, reviews, waivers));
  }

  /** The whole evidence file in one record; see docs/evidence.md. */
  record Envelope<E>(
      @JsonProperty(value = "facility", required = true) EnvelopeJson.FacilityJson facility,
      @JsonProperty(value = "assessedOn", required = true) LocalDate assessedOn,
      @JsonProperty(value = "facts", required = true) E facts,
      @JsonProperty("answers") Map<String, EnvelopeJson.AnswerJson> answers,
      @JsonProperty("reviews") Map<String, EnvelopeJson.ReviewJson> reviews,
      @JsonProperty("waivers") List<EnvelopeJson.WaiverJson> waivers) {}
}
