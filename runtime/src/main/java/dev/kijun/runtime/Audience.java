package dev.kijun.runtime;

/** Who a requirement is addressed to; also the kind of facility an evidence file describes. */
public enum Audience {
  MEDICAL_INSTITUTION, PHARMACY, VENDOR;

  /** The spelling used in kijun sources and evidence files, e.g. {@code medical-institution}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
