package dev.kijun.collect.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.collect.tls.JdkTlsServer.ClientAuth;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against the JDK's own TLS server, configured per case on loopback. */
class TlsProbeTest {
  @TempDir static Path dir;
  private static SSLContext named;
  private static SSLContext unnamed;
  private static final TlsProbe PROBE = new TlsProbe(
      new TlsProbe.Options(Duration.ofSeconds(3), Duration.ofSeconds(3), true));

  @BeforeAll
  static void keys() throws Exception {
    assertThat(LegacyAlgorithms.lifted()).as("the test JVM runs with legacy-tls.security").isTrue();
    named = TestKeys.create(dir, "dns:localhost,ip:127.0.0.1").serverContext();
    unnamed = TestKeys.create(dir, "").serverContext();
  }

  private static ProbeResult.Scanned scan(JdkTlsServer server) {
    ProbeResult r = PROBE.probe(new Target("127.0.0.1", server.port(), "ep"));
    assertThat(r).as("%s", r).isInstanceOf(ProbeResult.Scanned.class);
    return (ProbeResult.Scanned) r;
  }

  @Test
  void tls13OnlyWithMutualAuthentication() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.start(named, List.of("TLSv1.3"),
        List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"), ClientAuth.NEED)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_3);
      assertThat(r.allSuites()).containsExactlyInAnyOrder("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384");
      assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.REQUIRED);
      assertThat(r.notes()).noneMatch(n -> n.contains("does not name"));
    }
  }

  @Test
  void tls12WithCbcSuitesIsSeenSuiteBySuite() throws Exception {
    List<String> cbc = List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
        "TLS_RSA_WITH_AES_128_CBC_SHA");
    try (JdkTlsServer s = JdkTlsServer.start(named, List.of("TLSv1.2"), cbc, ClientAuth.NONE)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_2);
      assertThat(r.suites().get(ProtocolVersion.TLS_1_2)).containsExactlyInAnyOrderElementsOf(cbc);
      assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.NONE);
    }
  }

  @Test
  void tls12RefusingClientsWithoutCertificateInTheHandshake() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.start(named, List.of("TLSv1.2"),
        List.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), ClientAuth.NEED)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_2);
      assertThat(r.allSuites()).containsExactly("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
      assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.REQUIRED);
    }
  }

  @Test
  void optionalClientCertificate() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.start(named, List.of("TLSv1.2", "TLSv1.3"), List.of(), ClientAuth.WANT)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
      assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.OPTIONAL);
    }
  }

  @Test
  void legacyVersionsAreDetected() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.start(named, List.of("TLSv1", "TLSv1.1", "TLSv1.2"),
        List.of("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"), ClientAuth.NONE)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_0, ProtocolVersion.TLS_1_1,
          ProtocolVersion.TLS_1_2);
    }
  }

  @Test
  void aCertificateThatDoesNotNameTheHostIsANote() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.start(unnamed, List.of("TLSv1.3"), List.of(), ClientAuth.NONE)) {
      ProbeResult.Scanned r = scan(s);
      assertThat(r.notes()).contains("the server certificate does not name 127.0.0.1 (it has no alternative names)");
    }
  }

  @Test
  void aServiceThatDoesNotSpeakTls() throws Exception {
    try (JdkTlsServer s = JdkTlsServer.plain()) {
      ProbeResult r = PROBE.probe(new Target("127.0.0.1", s.port(), "ssh"));
      assertThat(r).isEqualTo(new ProbeResult.Failed(new Target("127.0.0.1", s.port(), "ssh"),
          EndpointEvidence.NOT_TLS));
    }
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProbeResult r = PROBE.probe(new Target("127.0.0.1", port, "gone"));
    assertThat(r).isEqualTo(new ProbeResult.Failed(new Target("127.0.0.1", port, "gone"), "connection refused"));
  }

  @Test
  void anUnknownHostIsNamed() {
    ProbeResult r = PROBE.probe(new Target("no-such-host.invalid", 443, "x"));
    assertThat(r).isEqualTo(new ProbeResult.Failed(new Target("no-such-host.invalid", 443, "x"),
        "the host name cannot be resolved"));
  }
}
