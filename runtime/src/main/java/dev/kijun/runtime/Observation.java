package dev.kijun.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check observed about one evidence value: a value that fails the check, a value the check needed but
 * the evidence does not hold, a date that lies after the assessment date, or a list with nothing in it to check.
 * Strings are empty when they do not apply. {@code value} is the offending value as written in evidence (enum
 * spellings, ISO dates); it is always empty for secret values, so an observation can be printed anywhere.
 *
 * @param kind what was observed
 * @param path the evidence path, relative to {@code facts} ({@code devices[3].lastSecurityPatch}), or an envelope
 *     path ({@code answers["mhlw-checklist@R7/2.8"].checkedOn})
 * @param subjectKind the record the element belongs to ({@code Device}), when it has an {@code id} or {@code name}
 * @param subject that element's {@code id} (or {@code name}), e.g. {@code ep-portal}
 * @param value the value found, rendered; empty when absent or secret
 * @param expected what the check compares it with ({@code >= 2026-08-03}, {@code in HIGH_SECURITY_TLS13_SUITES});
 *     for a missing value, the JSON to write for it ({@code "YYYY-MM-DD"}, enum spellings, a record's fields); for
 *     alternatives, all of them in words ({@code >= 13 or >= 8}, {@code one of: passwordPolicy.expires true (is
 *     false); passwordPolicy.minLength >= 13 (is 6)})
 * @param alternatives empty, except for the one FAILED observation that stands for the failing alternatives of an
 *     {@code or}: each alternative is the failures that alone keep it false (any one alternative fixed satisfies the
 *     {@code or}); {@code path} is then the alternatives' common path and {@code value} their common value, if any,
 *     a waiver aside (see {@code eval.Alternatives})
 */
public record Observation(Kind kind, String path, String subjectKind, String subject, String value, String expected,
    List<List<Observation>> alternatives) {
  /** The kinds of observation, in the order reports list them. */
  public enum Kind {
    /** The value fails the check. */
    FAILED,
    /** A date after the assessment date: never evidence of compliance, treated like a missing value. */
    IMPLAUSIBLE,
    /** The check needed a value the evidence does not hold. */
    MISSING,
    /** A {@code forall} found nothing to check: the list is empty or no element was selected. */
    VACUOUS;

    /** The lowercase spelling used in JSON reports. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Observation {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(subjectKind, "subjectKind is null");
    Objects.requireNonNull(subject, "subject is null");
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(expected, "expected is null");
    Objects.requireNonNull(alternatives, "alternatives is null");
    if (alternatives.isEmpty()) {
      alternatives = List.of();
    } else {
      List<List<Observation>> copied = new java.util.ArrayList<>(alternatives.size());
      for (List<Observation> alternative : alternatives) {
        copied.add(List.copyOf(alternative));
      }
      alternatives = List.copyOf(copied);
    }
    if (!alternatives.isEmpty() && (kind != Kind.FAILED || alternatives.size() < 2)) {
      throw new IllegalArgumentException("alternatives are two or more, of a failure: " + alternatives);
    }
  }

  /** An observation of one value (no alternatives). */
  public Observation(Kind kind, String path, String subjectKind, String subject, String value, String expected) {
    this(kind, path, subjectKind, subject, value, expected, List.of());
  }

  /** True for the observation that stands for the failing alternatives of an {@code or}. */
  public boolean isAlternatives() {
    return !alternatives.isEmpty();
  }

  /**
   * The evidence paths the observation is about, in order: its own, or for alternatives the paths of their failures
   * (a report can point at each field, not at the element that holds them).
   */
  public List<String> paths() {
    if (alternatives.isEmpty()) {
      return List.of(path);
    }
    List<String> out = new java.util.ArrayList<>();
    addLeafPaths(out);
    return List.copyOf(out);
  }

  // Distinct, in order, scanning with equals: an or has a handful of failures.
  private void addLeafPaths(List<String> out) {
    for (List<Observation> alternative : alternatives) {
      for (Observation o : alternative) {
        if (o.isAlternatives()) {
          o.addLeafPaths(out);
        } else if (!out.contains(o.path())) {
          out.add(o.path());
        }
      }
    }
  }

  /** The element's record as a noun ({@code wireless network}), empty when the value belongs to no identified element. */
  public String subjectNoun() {
    return subject.isEmpty() ? "" : Words.noun(subjectKind);
  }

  /** {@code device `pc-3`}, or empty when the value belongs to no identified element. */
  public String subjectText() {
    if (subject.isEmpty()) {
      return "";
    }
    return Words.noun(subjectKind) + " `" + subject + "`";
  }

  /**
   * The observation in one line of English, e.g. {@code device `pc-3` (`devices[2].lastSecurityPatch`) is 2026-05-01,
   * expected >= 2026-08-03}. Alternatives on no common path (a waiver or a value) lead with their element alone.
   */
  public String describe() {
    String who = subjectText();
    String where = path.isEmpty() ? "" : "`" + path + "`";
    String lead = who.isEmpty() ? where : where.isEmpty() ? who : who + " (" + where + ")";
    switch (kind) {
      case FAILED:
        if (lead.isEmpty()) { // alternatives on no common path, of no one element
          return "expected " + expected;
        }
        return lead + (value.isEmpty() ? "" : " is " + value) + (expected.isEmpty() ? "" : ", expected " + expected);
      case IMPLAUSIBLE:
        return lead + " is " + value + ", after the assessment date (" + expected + "): not usable as evidence";
      case MISSING:
        return lead + " is not in the evidence" + (expected.isEmpty() ? "" : " (expected " + expected + ")");
      case VACUOUS:
      default:
        return lead + (value.equals("0") ? " is empty" : " has " + value + " elements, none selected by `" + expected
            + "`") + ": nothing was checked";
    }
  }
}
