package dev.kijun.runtime;

/** Where a clause comes from: the official URL, a page (as printed, optional) and a free note. Empty strings when unknown. */
public record Citation(String url, String page, String note) {
  public Citation {
    java.util.Objects.requireNonNull(url, "url is null");
    java.util.Objects.requireNonNull(page, "page is null");
    java.util.Objects.requireNonNull(note, "note is null");
  }
}
