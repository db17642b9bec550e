package dev.kijun.collect.tls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes probe results as the {@code endpoints} list of the {@code facility} schema ({@code Endpoint},
 * {@code TlsConfig}). What a probe cannot see comes from the caller: where the endpoint is reachable from
 * ({@code exposure}) and whether its traffic runs inside an IPsec VPN. An endpoint that could not be reached is
 * written without {@code tls} ("not scanned"), so validation reports the evidence as missing rather than guessing;
 * a service that does not speak TLS is written with empty lists, as the schema prescribes.
 */
public final class EndpointEvidence {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * What the probe cannot observe.
   *
   * @param exposure {@code open-network}, {@code closed-network} or {@code internal}
   * @param ipsecVpn whether every connection runs inside an IPsec VPN
   */
  public record Context(String exposure, boolean ipsecVpn) {}

  private EndpointEvidence() {}

  /** {@code {"endpoints": [...]}}, one entry per result, in the order probed; deterministic. */
  public static String write(List<ProbeResult> results, Context context) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode endpoints = root.putArray("endpoints");
    for (ProbeResult r : results) {
      ObjectNode e = endpoints.addObject();
      e.put("id", r.target().id());
      e.put("host", r.target().host());
      e.put("exposure", context.exposure());
      e.put("ipsecVpn", context.ipsecVpn());
      if (r instanceof ProbeResult.Scanned s) {
        ObjectNode tls = e.putObject("tls");
        ArrayNode versions = tls.putArray("versions");
        s.versions().forEach(v -> versions.add(v.evidenceName()));
        ArrayNode suites = tls.putArray("cipherSuites");
        s.allSuites().forEach(suites::add);
        tls.put("clientCertificate", s.clientCertificate().evidenceName());
      } else if (r instanceof ProbeResult.Failed f && f.reason().equals(NOT_TLS)) {
        ObjectNode tls = e.putObject("tls");
        tls.putArray("versions");
        tls.putArray("cipherSuites");
        tls.put("clientCertificate", ClientCertificateMode.NONE.evidenceName());
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /** The reason a probe gives for a service that answered, but not in TLS. */
  public static final String NOT_TLS = "the service does not speak TLS";
}
