package dev.kijun.runtime.evidence;

import java.time.LocalDate;

/** A recorded manual-review result for one requirement: who reviewed, when, the result and a note. */
public record Review(boolean satisfied, String reviewer, LocalDate reviewedOn, String note) {
  public Review {
    java.util.Objects.requireNonNull(reviewer, "reviewer is null");
    java.util.Objects.requireNonNull(reviewedOn, "reviewedOn is null");
    java.util.Objects.requireNonNull(note, "note is null");
  }
}
