package dev.kijun.collect.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe against a real nginx (OpenSSL) on loopback, in the three configurations a facility meets: TLS 1.3
 * with mutual authentication and the high-security suites, TLS 1.2 with CBC suites, and TLS 1.3 without client
 * authentication. Skipped, saying so, where nginx is not installed ({@code .ci/run} installs it).
 */
class NginxProbeTest {
  @TempDir static Path dir;
  private static Path nginx;
  private static Path[] pem;
  private static final TlsProbe PROBE = new TlsProbe(
      new TlsProbe.Options(Duration.ofSeconds(3), Duration.ofSeconds(3), true));

  @BeforeAll
  static void setUp() throws Exception {
    nginx = Nginx.find().orElse(null);
    assumeTrue(nginx != null, "nginx is not installed here: the real-server TLS probe tests are SKIPPED"
        + " (.ci/run installs nginx with apt)");
    pem = TestKeys.create(dir, "dns:localhost,ip:127.0.0.1").writePem(dir);
  }

  private static ProbeResult.Scanned probe(String name, List<String> directives) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    try (Nginx n = Nginx.start(nginx, d, pem[0], pem[1], directives)) {
      ProbeResult r = PROBE.probe(new Target("127.0.0.1", n.port(), name));
      assertThat(r).as("%s", r).isInstanceOf(ProbeResult.Scanned.class);
      return (ProbeResult.Scanned) r;
    }
  }

  @Test
  void tls13WithClientCertificatesAndHighSecuritySuites() throws Exception {
    ProbeResult.Scanned r = probe("mutual-tls13", List.of("ssl_protocols TLSv1.3;",
        "ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256;",
        "ssl_client_certificate " + pem[0] + ";", "ssl_verify_client on;"));
    assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_3);
    assertThat(r.allSuites()).containsExactlyInAnyOrder("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256");
    assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.REQUIRED);
  }

  @Test
  void tls12WithCbcSuites() throws Exception {
    ProbeResult.Scanned r = probe("cbc-tls12", List.of("ssl_protocols TLSv1.2;",
        "ssl_ciphers ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384;"));
    assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_2);
    assertThat(r.allSuites()).containsExactlyInAnyOrder("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384");
    assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.NONE);
  }

  @Test
  void tls13WithoutClientAuthentication() throws Exception {
    ProbeResult.Scanned r = probe("no-client-auth", List.of("ssl_protocols TLSv1.3;"));
    assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_3);
    assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.NONE);
  }

  @Test
  void optionalClientAuthentication() throws Exception {
    ProbeResult.Scanned r = probe("optional", List.of("ssl_protocols TLSv1.2 TLSv1.3;",
        "ssl_client_certificate " + pem[0] + ";", "ssl_verify_client optional;"));
    assertThat(r.versions()).containsExactly(ProtocolVersion.TLS_1_2, ProtocolVersion.TLS_1_3);
    assertThat(r.clientCertificate()).isEqualTo(ClientCertificateMode.OPTIONAL);
  }
}
