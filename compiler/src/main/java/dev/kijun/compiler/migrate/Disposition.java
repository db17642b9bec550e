package dev.kijun.compiler.migrate;

/** What happens to one target clause when results are carried forward. Declaration order: least to most work. */
public enum Disposition {
  /** The source result holds for the target as it is. */
  CARRIED("carried"),
  /** The source result is kept, and a follow-up question covers what the target asks beyond the source. */
  CARRIED_WITH_FOLLOW_UP("carried-with-follow-up"),
  /** Nothing can be carried; assess the target again. */
  REASSESS("re-assess"),
  /** The target has no predecessor; assess it for the first time. */
  NEW("new");

  private final String keyword;

  Disposition(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling in worklists, e.g. {@code carried-with-follow-up}. */
  public String keyword() {
    return keyword;
  }
}
