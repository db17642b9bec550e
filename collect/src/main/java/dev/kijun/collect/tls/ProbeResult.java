package dev.kijun.collect.tls;

import java.util.List;
import java.util.Map;

/** What probing one endpoint found: a TLS configuration, or why none could be observed. */
public sealed interface ProbeResult {
  /** The endpoint probed. */
  Target target();

  /**
   * The endpoint answered TLS.
   *
   * @param versions every protocol version the endpoint accepted, weakest first
   * @param suites for each accepted version, the cipher suites it accepted, in the order the server chose them
   * @param clientCertificate whether a client certificate was demanded
   * @param notes observations that are not evidence fields (certificate names, limits of the probe)
   */
  record Scanned(Target target, List<ProtocolVersion> versions, Map<ProtocolVersion, List<String>> suites,
      ClientCertificateMode clientCertificate, List<String> notes) implements ProbeResult {
    public Scanned {
      versions = List.copyOf(versions);
      suites = Map.copyOf(suites);
      notes = List.copyOf(notes);
    }

    /** Every suite accepted in any version, without repeats, in version then server order. */
    public List<String> allSuites() {
      return versions.stream().flatMap(v -> suites.getOrDefault(v, List.of()).stream()).distinct().toList();
    }
  }

  /**
   * No TLS configuration could be observed.
   *
   * @param reason in words, e.g. "connection refused" or "the service does not speak TLS"
   */
  record Failed(Target target, String reason) implements ProbeResult {}
}
