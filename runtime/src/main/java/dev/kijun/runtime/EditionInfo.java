package dev.kijun.runtime;

import java.time.LocalDate;

/** Metadata of a document edition: its key ({@code document@edition}), titles, publisher, date, source URL and status. */
public record EditionInfo(String document, String edition, String titleJa, String titleEn, String publisher,
    LocalDate published, String sourceUrl, Status status) {
  public EditionInfo {
    java.util.Objects.requireNonNull(document, "document is null");
    java.util.Objects.requireNonNull(edition, "edition is null");
    java.util.Objects.requireNonNull(titleJa, "titleJa is null");
    java.util.Objects.requireNonNull(titleEn, "titleEn is null");
    java.util.Objects.requireNonNull(publisher, "publisher is null");
    java.util.Objects.requireNonNull(published, "published is null");
    java.util.Objects.requireNonNull(sourceUrl, "sourceUrl is null");
    java.util.Objects.requireNonNull(status, "status is null");
  }

  /** {@code document@edition}, e.g. {@code mhlw-guideline@5.2}. */
  public String key() {
    return document + "@" + edition;
  }
}
