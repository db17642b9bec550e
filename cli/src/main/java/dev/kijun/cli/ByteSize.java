package dev.kijun.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a size option such as {@code 64MiB}, {@code 2GiB}, {@code 512K} or {@code 1000000} (bytes) to a byte count.
 * Units are binary (K = KiB = 1,024 bytes); the largest accepted size is what one Java array can hold.
 */
final class ByteSize implements ITypeConverter<Long> {
  /** The largest evidence size a single read can hold. */
  static final long MAX = Integer.MAX_VALUE - 9L;

  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    String digits = v;
    String[][] units = {{"GIB", "GB", "G"}, {"MIB", "MB", "M"}, {"KIB", "KB", "K"}, {"B"}};
    long[] sizes = {1L << 30, 1L << 20, 1L << 10, 1};
    outer:
    for (int i = 0; i < units.length; i++) {
      for (String u : units[i]) {
        if (v.endsWith(u)) {
          unit = sizes[i];
          digits = v.substring(0, v.length() - u.length());
          break outer;
        }
      }
    }
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("`" + value + "` is not a size; write e.g. 64MiB, 2GiB or a number of bytes");
    }
    if (n <= 0 || n > MAX / unit) {
      throw new TypeConversionException("`" + value + "` is out of range; sizes go from 1 byte to 2GiB");
    }
    return n * unit;
  }
}
