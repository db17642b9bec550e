package dev.kijun.runtime.evidence;

import dev.kijun.runtime.ClauseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evidence file, bound: the facility, the assessment date, the typed facts (the schema's root record),
 * answers to question checks, recorded review results and waivers. Keys of {@code answers} and {@code reviews}
 * are qualified clause names.
 *
 * @param <E> the generated root record type of the evidence schema
 */
public record Assessment<E>(
    Facility facility,
    LocalDate asOf,
    E facts,
    Map<ClauseRef, Answer> answers,
    Map<ClauseRef, Review> reviews,
    List<Waiver> waivers) {
  public Assessment {
    java.util.Objects.requireNonNull(facility, "facility is null");
    java.util.Objects.requireNonNull(asOf, "asOf is null");
    java.util.Objects.requireNonNull(facts, "facts is null");
    answers = Map.copyOf(answers);
    reviews = Map.copyOf(reviews);
    waivers = List.copyOf(waivers);
  }

  /** The same assessment seen on another date (the CLI's {@code --as-of}). */
  public Assessment<E> withAsOf(LocalDate date) {
    return new Assessment<>(facility, date, facts, answers, reviews, waivers);
  }

  /** The answer recorded for a question, if any. */
  public Optional<Answer> answer(ClauseRef clause) {
    return Optional.ofNullable(answers.get(clause));
  }

  /** The review recorded for a requirement, if any. */
  public Optional<Review> review(ClauseRef clause) {
    return Optional.ofNullable(reviews.get(clause));
  }
}
