package dev.kijun.runtime.json;

/**
 * Resource limits for reading one evidence file. They guard a long-running service against hostile input:
 * the byte size is checked before anything is parsed; depth and string length are enforced by the parser.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and lists accepted
 * @param maxStringLength the longest string value accepted, in characters
 */
public record EvidenceLimits(long maxBytes, int maxNestingDepth, int maxStringLength) {
  /** 16 MiB, 64 levels, 1 Mi characters per string. */
  public static final EvidenceLimits DEFAULT = new EvidenceLimits(16L * 1024 * 1024, 64, 1024 * 1024);

  public EvidenceLimits {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
    }
    if (maxNestingDepth < 2) {
      throw new IllegalArgumentException("maxNestingDepth must be at least 2");
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength must be positive");
    }
  }

  /** A byte count in words, e.g. "16 MiB (16,777,216 bytes)" or "1,000 bytes". */
  public static String describeBytes(long bytes) {
    String exact = String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    String[] units = {"GiB", "MiB", "KiB"};
    long[] sizes = {1L << 30, 1L << 20, 1L << 10};
    for (int i = 0; i < units.length; i++) {
      if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
        return bytes / sizes[i] + " " + units[i] + " (" + exact + ")";
      }
    }
    return exact;
  }

  /** The same limits with another size limit. */
  public EvidenceLimits withMaxBytes(long bytes) {
    return new EvidenceLimits(bytes, maxNestingDepth, maxStringLength);
  }
}
