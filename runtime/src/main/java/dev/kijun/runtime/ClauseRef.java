package dev.kijun.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * A qualified clause name, {@code <document>@<edition>/<clause>}, e.g. {@code mhlw-guideline@5.2/6.11.C.11}.
 * The same spelling is used in kijun sources, evidence files and reports.
 */
public record ClauseRef(String document, String edition, String clause) implements Comparable<ClauseRef> {
  // The three spellings, checked by hand rather than by regular expressions: every answer, review and waiver key of
  // an evidence file is parsed while it is read, and on a small file the matchers cost a third of the loading.
  // ClauseRefTest checks these methods against the regular expressions they replace:
  //   document  [a-z][a-z0-9]*(-[a-z0-9]+)*
  //   edition   [A-Za-z0-9]+(\.[A-Za-z0-9]+)*
  //   clause    §?[A-Za-z0-9]+(\.§?[A-Za-z0-9]+)*  (a segment may start with `§`: sub-section headings of a volume,
  //             `SYS.§8.1`, are kept apart from items, `SYS.8.1`)

  /** Validates each part; throws {@link IllegalArgumentException} with a message naming the bad part. */
  public ClauseRef {
    Objects.requireNonNull(document, "document is null");
    Objects.requireNonNull(edition, "edition is null");
    Objects.requireNonNull(clause, "clause is null");
    if (!isDocument(document)) {
      throw new IllegalArgumentException("document id `" + document + "` must be lowercase words joined by `-`");
    }
    if (!isEdition(edition)) {
      throw new IllegalArgumentException("edition `" + edition + "` must be letters and digits separated by `.`");
    }
    if (!isClause(clause)) {
      throw new IllegalArgumentException("clause id `" + clause + "` must be letters and digits separated by `.` (a segment may start with `§`)");
    }
  }

  /** Whether {@code s} is a document id: lowercase words of letters and digits, joined by {@code -}. */
  static boolean isDocument(String s) {
    int n = s.length();
    if (n == 0 || !lower(s.charAt(0))) {
      return false;
    }
    boolean segmentEmpty = false;
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (segmentEmpty) {
          return false;
        }
        segmentEmpty = true;
      } else if (lower(c) || digit(c)) {
        segmentEmpty = false;
      } else {
        return false;
      }
    }
    return !segmentEmpty;
  }

  /** Whether {@code s} is an edition: letters and digits, in segments separated by {@code .}. */
  static boolean isEdition(String s) {
    return segments(s, false);
  }

  /** Whether {@code s} is a clause id: like an edition, but a segment may start with {@code §}. */
  static boolean isClause(String s) {
    return segments(s, true);
  }

  private static boolean segments(String s, boolean section) {
    int n = s.length();
    boolean segmentEmpty = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (segmentEmpty) {
          return false;
        }
        segmentEmpty = true;
      } else if (c == '§' && section && segmentEmpty && (i == 0 || s.charAt(i - 1) == '.')) {
        // stays empty: `§` must be followed by a letter or digit
      } else if (lower(c) || digit(c) || (c >= 'A' && c <= 'Z')) {
        segmentEmpty = false;
      } else {
        return false;
      }
    }
    return !segmentEmpty;
  }

  private static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses {@code doc@edition/clause}; empty when the text is not of that form or a part is invalid. */
  public static Optional<ClauseRef> tryParse(String text) {
    // document@edition/clause: the document runs to the first `@`, the edition to the first `/` after it; neither
    // may contain the other separator, and the clause is the non-empty rest.
    int at = text.indexOf('@');
    int slash = at < 0 ? -1 : text.indexOf('/', at + 1);
    if (slash < 0) {
      return Optional.empty(); // a stray `@` or `/` elsewhere is refused by the spelling checks below
    }
    String document = text.substring(0, at);
    String edition = text.substring(at + 1, slash);
    String clause = text.substring(slash + 1);
    if (!isDocument(document) || !isEdition(edition) || !isClause(clause)) {
      return Optional.empty();
    }
    return Optional.of(new ClauseRef(document, edition, clause));
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
