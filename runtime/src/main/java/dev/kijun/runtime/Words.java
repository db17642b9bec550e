package dev.kijun.runtime;

import java.util.Locale;

/** Small English helpers shared by findings and reports. */
final class Words {
  private Words() {}

  /** {@code WirelessNetwork} → {@code wireless network}. */
  static String noun(String recordName) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < recordName.length(); i++) {
      char c = recordName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(recordName.charAt(i - 1))) {
        sb.append(' ');
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
