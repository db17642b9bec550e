package dev.kijun.runtime;

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
 *     for a missing value, the JSON to write for it ({@code "YYYY-MM-DD"}, enum spellings, a record's fields)
 */
public record Observation(Kind kind, String path, String subjectKind, String subject, String value, String expected) {
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

  /** The observation in one line of English, e.g. {@code device `pc-3`: lastSecurityPatch is 2026-05-01, expected >= 2026-08-03}. */
  public String describe() {
    String who = subjectText();
    String where = "`" + path + "`";
    String lead = who.isEmpty() ? where : who + " (" + where + ")";
    switch (kind) {
      case FAILED:
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
