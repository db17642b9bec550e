package dev.kijun.collect.tls;

import java.net.IDN;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks whether the server certificate names the host that was probed (subject alternative names, RFC 6125
 * wildcard rules). A mismatch is reported as a note: the probe still reports the protocol settings it saw.
 */
final class CertificateNames {
  private static final int DNS = 2;
  private static final int IP = 7;

  private CertificateNames() {}

  /** A note when the leaf certificate does not name {@code host}; empty when it does or there is none. */
  static Optional<String> check(String host, List<Certificate> chain) {
    if (chain.isEmpty() || !(chain.get(0) instanceof X509Certificate leaf)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
      if (alternatives != null) {
        for (List<?> alt : alternatives) {
          int type = (Integer) alt.get(0);
          if (type == DNS || type == IP) {
            names.add(String.valueOf(alt.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      return Optional.of("the server certificate's alternative names cannot be read");
    }
    String wanted = IDN.toASCII(host).toLowerCase(Locale.ROOT);
    for (String name : names) {
      if (matches(name.toLowerCase(Locale.ROOT), wanted)) {
        return Optional.empty();
      }
    }
    return Optional.of("the server certificate does not name " + host
        + (names.isEmpty() ? " (it has no alternative names)" : " (it names " + String.join(", ", names) + ")"));
  }

  private static boolean matches(String pattern, String host) {
    if (pattern.equals(host)) {
      return true;
    }
    if (pattern.startsWith("*.") && host.indexOf('.') > 0) {
      return host.substring(host.indexOf('.')).equals(pattern.substring(1));
    }
    return false;
  }
}
