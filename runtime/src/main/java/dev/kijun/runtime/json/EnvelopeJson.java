package dev.kijun.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.evidence.Facility;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON shapes of the evidence envelope (docs/evidence.md), bound with the same strict mapper as the facts and
 * then converted to the runtime's evidence types. They live here so the evidence model stays free of Jackson.
 */
final class EnvelopeJson {
  private EnvelopeJson() {}

  /** {@code facility.kind}: the JSON spellings of {@link Audience}. */
  enum Kind {
    @JsonProperty("medical-institution") MEDICAL_INSTITUTION,
    @JsonProperty("pharmacy") PHARMACY,
    @JsonProperty("vendor") VENDOR;

    Audience toAudience() {
      return Audience.valueOf(name());
    }
  }

  /** {@code answers[…].answer}: the JSON spellings of {@link AnswerValue}. */
  enum AnswerJsonValue {
    @JsonProperty("yes") YES,
    @JsonProperty("no") NO,
    @JsonProperty("not-applicable") NOT_APPLICABLE;

    AnswerValue toAnswerValue() {
      return AnswerValue.valueOf(name());
    }
  }

  record FacilityJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "kind", required = true) Kind kind,
      @JsonProperty("profiles") java.util.List<String> profiles) {
    Facility toFacility() {
      return new Facility(name, kind.toAudience(), profiles == null ? java.util.List.of() : profiles);
    }
  }

  record AnswerJson(
      @JsonProperty(value = "answer", required = true) AnswerJsonValue answer,
      @JsonProperty(value = "checkedOn", required = true) LocalDate checkedOn,
      @JsonProperty("targetDate") LocalDate targetDate,
      @JsonProperty("document") String document) {
    Answer toAnswer() {
      return new Answer(answer.toAnswerValue(), checkedOn, Optional.ofNullable(targetDate),
          Optional.ofNullable(document));
    }
  }

  record ReviewJson(
      @JsonProperty(value = "satisfied", required = true) boolean satisfied,
      @JsonProperty(value = "reviewer", required = true) String reviewer,
      @JsonProperty(value = "reviewedOn", required = true) LocalDate reviewedOn,
      @JsonProperty("note") String note) {
    Review toReview() {
      return new Review(satisfied, reviewer, reviewedOn, note == null ? "" : note);
    }
  }

  record WaiverJson(
      @JsonProperty(value = "requirement", required = true) ClauseRef requirement,
      @JsonProperty(value = "waiver", required = true) String waiver,
      @JsonProperty(value = "subject", required = true) String subject,
      @JsonProperty(value = "justification", required = true) String justification,
      @JsonProperty(value = "approvedBy", required = true) String approvedBy,
      @JsonProperty(value = "expires", required = true) LocalDate expires,
      @JsonProperty("approvedOn") LocalDate approvedOn) {
    Waiver toWaiver() {
      return new Waiver(requirement, waiver, subject, justification, approvedBy, expires, approvedOn);
    }
  }
}
