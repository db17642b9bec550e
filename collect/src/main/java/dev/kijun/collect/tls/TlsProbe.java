package dev.kijun.collect.tls;

import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * Probes an endpoint with the JDK's TLS stack: which protocol versions it accepts (each tried alone, SSL 3.0
 * through TLS 1.3), which suites it accepts with each (offer all, note the server's choice, withdraw it, repeat
 * until the server refuses), and whether it demands a client certificate. The JDK's disabled lists must be lifted
 * first ({@link LegacyAlgorithms}), or legacy versions and suites would never be offered.
 *
 * <p>Limits, stated in the notes of every result: only suites this JDK implements can be detected (for TLS 1.3 the
 * JDK has no CCM suites), and a service that asks for a certificate but answers without one is recorded as
 * {@code optional} unless it refuses the connection or the request.
 */
public final class TlsProbe {
  /**
   * Probe settings.
   *
   * @param connectTimeout how long to wait for a TCP connection
   * @param readTimeout how long to wait for any answer once connected
   * @param http whether to send an HTTP {@code GET /} request to see if a service that asks for a certificate
   *     refuses requests without one (nginx's {@code ssl_verify_client on} answers 400 rather than ending the
   *     handshake)
   */
  public record Options(Duration connectTimeout, Duration readTimeout, boolean http) {
    /** 5 s to connect, 5 s to answer, HTTP check on. */
    public static final Options DEFAULT = new Options(Duration.ofSeconds(5), Duration.ofSeconds(5), true);
  }

  private final Options options;
  private final Handshake handshake;

  public TlsProbe(Options options) {
    this.options = options;
    this.handshake = new Handshake(options.connectTimeout(), options.readTimeout());
  }

  /** Probes {@code target}; never throws for anything the network or the server does. */
  public ProbeResult probe(Target target) {
    List<ProtocolVersion> versions = new ArrayList<>();
    Map<ProtocolVersion, List<String>> suites = new EnumMap<>(ProtocolVersion.class);
    boolean notTls = false;
    boolean asked = false;
    boolean refusedWithoutCertificate = false;
    List<Certificate> chain = List.of();
    for (ProtocolVersion v : ProtocolVersion.values()) {
      List<String> remaining = new ArrayList<>(Handshake.offerable(v));
      List<String> accepted = new ArrayList<>();
      while (!remaining.isEmpty()) {
        Handshake.Outcome o = handshake.attempt(target, v, remaining, false);
        if (o instanceof Handshake.Unreachable u) {
          return new ProbeResult.Failed(target, u.reason());
        }
        if (o instanceof Handshake.NotTls) {
          notTls = true;
          break;
        }
        if (!(o instanceof Handshake.Accepted a) || !remaining.contains(a.suite())) {
          break;
        }
        asked |= a.certificateAsked();
        refusedWithoutCertificate |= a.certificateAsked() && !a.completed();
        if (chain.isEmpty() && !a.serverChain().isEmpty()) {
          chain = a.serverChain();
        }
        accepted.add(a.suite());
        remaining.remove(a.suite());
      }
      if (!accepted.isEmpty()) {
        versions.add(v);
        suites.put(v, List.copyOf(accepted));
      }
    }
    if (versions.isEmpty()) {
      return new ProbeResult.Failed(target, notTls ? EndpointEvidence.NOT_TLS
          : "the service refused every TLS version and suite this probe can offer");
    }
    List<String> notes = new ArrayList<>();
    ClientCertificateMode mode = clientCertificate(target, versions.get(versions.size() - 1), suites, asked,
        refusedWithoutCertificate, notes);
    CertificateNames.check(target.host(), chain).ifPresent(notes::add);
    if (versions.contains(ProtocolVersion.TLS_1_3)) {
      notes.add("TLS 1.3 suites this JDK does not implement (TLS_AES_128_CCM_SHA256, TLS_AES_128_CCM_8_SHA256)"
          + " cannot be detected");
    }
    return new ProbeResult.Scanned(target, versions, suites, mode, notes);
  }

  private ClientCertificateMode clientCertificate(Target target, ProtocolVersion strongest,
      Map<ProtocolVersion, List<String>> suites, boolean asked, boolean refused, List<String> notes) {
    if (!asked) {
      return ClientCertificateMode.NONE;
    }
    if (refused) {
      return ClientCertificateMode.REQUIRED;
    }
    // The handshake completed without a certificate (always so in TLS 1.3, where the server judges the empty
    // certificate after the client has finished): does the service then refuse to serve?
    Handshake.Outcome o = handshake.attempt(target, strongest, suites.get(strongest), true);
    if (!(o instanceof Handshake.Accepted a) || a.socket().isEmpty()) {
      return ClientCertificateMode.REQUIRED;
    }
    try (SSLSocket socket = a.socket().get()) {
      Optional<Boolean> served = ServiceAnswer.servesWithoutCertificate(socket, target, options.http());
      if (served.isEmpty()) {
        notes.add("a client certificate is requested; whether the service refuses requests without one could not be"
            + " seen (no answer), so it is recorded as optional");
        return ClientCertificateMode.OPTIONAL;
      }
      return served.get() ? ClientCertificateMode.OPTIONAL : ClientCertificateMode.REQUIRED;
    } catch (java.io.IOException e) {
      return ClientCertificateMode.REQUIRED;
    }
  }
}
