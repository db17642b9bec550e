package dev.kijun.runtime;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A qualified clause name, {@code <document>@<edition>/<clause>}, e.g. {@code mhlw-guideline@5.2/6.11.C.11}.
 * The same spelling is used in kijun sources, evidence files and reports.
 */
public record ClauseRef(String document, String edition, String clause) implements Comparable<ClauseRef> {
  private static final Pattern DOCUMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern EDITION = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");
  // A segment may start with `§`: sub-section headings of a volume (`SYS.§8.1`) are kept apart from items (`SYS.8.1`).
  private static final Pattern CLAUSE = Pattern.compile("§?[A-Za-z0-9]+(\\.§?[A-Za-z0-9]+)*");
  private static final Pattern QUALIFIED = Pattern.compile("([^@/]+)@([^@/]+)/(.+)");

  /** Validates each part; throws {@link IllegalArgumentException} with a message naming the bad part. */
  public ClauseRef {
    Objects.requireNonNull(document, "document is null");
    Objects.requireNonNull(edition, "edition is null");
    Objects.requireNonNull(clause, "clause is null");
    if (!DOCUMENT.matcher(document).matches()) {
      throw new IllegalArgumentException("document id `" + document + "` must be lowercase words joined by `-`");
    }
    if (!EDITION.matcher(edition).matches()) {
      throw new IllegalArgumentException("edition `" + edition + "` must be letters and digits separated by `.`");
    }
    if (!CLAUSE.matcher(clause).matches()) {
      throw new IllegalArgumentException("clause id `" + clause + "` must be letters and digits separated by `.` (a segment may start with `§`)");
    }
  }

  /** Parses {@code doc@edition/clause}; empty when the text is not of that form or a part is invalid. */
  public static Optional<ClauseRef> tryParse(String text) {
    Matcher m = QUALIFIED.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ClauseRef(m.group(1), m.group(2), m.group(3)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Parses {@code doc@edition/clause} or throws {@link IllegalArgumentException}. */
  public static ClauseRef parse(String text) {
    return tryParse(text).orElseThrow(
        () -> new IllegalArgumentException("`" + text + "` is not a clause name of the form document@edition/clause"));
  }

  /** {@code document@edition}, the edition this clause belongs to. */
  public String editionKey() {
    return document + "@" + edition;
  }

  @Override
  public String toString() {
    return document + "@" + edition + "/" + clause;
  }

  @Override
  public int compareTo(ClauseRef o) {
    return toString().compareTo(o.toString());
  }
}
