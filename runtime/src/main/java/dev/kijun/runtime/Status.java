package dev.kijun.runtime;

/** How well a clause's encoding is established against the official publication. */
public enum Status {
  /** Seen in the official publication (or an official draft), cited. */
  VERIFIED,
  /** From knowledge of the document, not re-checked against the source. */
  RECALLED,
  /** Derived from surrounding facts (numbering gaps, cross-references). */
  INFERRED,
  /** Content not established; the clause is a placeholder. */
  UNKNOWN,
  /** A third-party claim not confirmed from an official source. */
  UNVERIFIED;

  /** The spelling used in kijun sources. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
