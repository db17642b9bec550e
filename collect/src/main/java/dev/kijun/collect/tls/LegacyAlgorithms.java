package dev.kijun.collect.tls;

import java.security.Security;

/**
 * Lifts the JDK's lists of disabled TLS protocols and algorithms, so that a probe can offer SSL 3.0, TLS 1.0/1.1 and
 * weak suites and see whether a server accepts them. The JDK reads these security properties once, when its TLS
 * stack first initialises, so {@link #lift()} must run before any TLS use in the process; {@code kijun collect tls}
 * is a process of its own and does so first. The lifted process is used for probing only: it never validates
 * anything or trusts any certificate it sees.
 */
public final class LegacyAlgorithms {
  private LegacyAlgorithms() {}

  /** Empties the disabled lists for this process. */
  public static void lift() {
    Security.setProperty("jdk.tls.disabledAlgorithms", "");
    Security.setProperty("jdk.tls.legacyAlgorithms", "");
    Security.setProperty("jdk.certpath.disabledAlgorithms", "");
  }

  /** Whether the lists are empty now, i.e. {@link #lift()} ran or the process was started with them empty. */
  public static boolean lifted() {
    String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
    return disabled == null || disabled.isBlank();
  }
}
