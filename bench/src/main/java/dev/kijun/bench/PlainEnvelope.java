package dev.kijun.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kijun.generated.evidence.facility.FacilityFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plain-Jackson baseline: the whole evidence envelope of docs/evidence.md bound with a default
 * {@link ObjectMapper} (plus {@link JavaTimeModule}), {@code facts} into the SAME generated record type the
 * validators read ({@link FacilityFacts}). The envelope parts mirror the runtime's package-private envelope
 * records field for field (same names, same enum and date types), so both sides turn the same bytes into the same
 * shapes; what the baseline leaves out is exactly kijun's own work: strict UTF-8 decoding, the syntax and
 * unknown-field passes, strict coercion rules, clause-name parsing and the validators.
 */
public record PlainEnvelope(
    Facility facility,
    LocalDate assessedOn,
    FacilityFacts facts,
    Map<String, Answer> answers,
    Map<String, Review> reviews,
    List<Waiver> waivers) {

  /** One reader, built once: binding cost only, not mapper construction. */
  public static final ObjectReader READER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // the default, stated: the same rule as kijun's
      .readerFor(PlainEnvelope.class);

  /** {@code facility.kind}. */
  public enum Kind {
    @JsonProperty("medical-institution") MEDICAL_INSTITUTION,
    @JsonProperty("pharmacy") PHARMACY,
    @JsonProperty("vendor") VENDOR
  }

  /** {@code answers[…].answer}. */
  public enum AnswerValue {
    @JsonProperty("yes") YES,
    @JsonProperty("no") NO,
    @JsonProperty("not-applicable") NOT_APPLICABLE
  }

  /** {@code facility}. */
  public record Facility(String name, Kind kind) {}

  /** One entry of {@code answers}. */
  public record Answer(AnswerValue answer, LocalDate checkedOn, LocalDate targetDate, String document) {}

  /** One entry of {@code reviews}. */
  public record Review(boolean satisfied, String reviewer, LocalDate reviewedOn, String note) {}

  /** One entry of {@code waivers}. */
  public record Waiver(String requirement, String waiver, String subject, String justification, String approvedBy,
      LocalDate expires) {}
}
