package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.collect.tls.Nginx;
import dev.kijun.collect.tls.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a real server to a verdict: nginx on loopback in three configurations, `kijun collect tls` writes the
 * endpoint evidence, the clinic's evidence takes it, and `kijun validate` judges 5.2 6.11.C.11 (TLS on open
 * networks). Skipped, saying so, where nginx is not installed ({@code .ci/run} installs it).
 */
class CollectTlsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLAUSE = "mhlw-guideline@5.2/6.11.C.11";
  @TempDir static Path dir;
  private static Path nginx;
  private static Path[] pem;

  @BeforeAll
  static void setUp() throws Exception {
    nginx = Nginx.find().orElse(null);
    assumeTrue(nginx != null, "nginx is not installed here: the collector's end-to-end tests are SKIPPED"
        + " (.ci/run installs nginx with apt)");
    pem = TestKeys.create(dir, "dns:localhost,ip:127.0.0.1").writePem(dir);
  }

  /** Collects the endpoint served with {@code directives}, validates, and returns C.11's verdict. */
  private static JsonNode verdict(String name, List<String> directives) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    Path collected = d.resolve("endpoints.json");
    try (Nginx n = Nginx.start(nginx, d, pem[0], pem[1], directives)) {
      CliTest.Run r = CliTest.run("collect", "tls", "--exposure", "open-network", "--timeout", "3",
          "--out", collected.toString(), "127.0.0.1:" + n.port() + "=ep-portal");
      assertThat(r.exit()).as(r.err()).isZero();
    }
    ObjectNode evidence = (ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile());
    ((ObjectNode) evidence.get("facts")).set("endpoints", JSON.readTree(collected.toFile()).get("endpoints"));
    // The clause's review check (SSL-VPN, client terminals) is a person's job: record it as done.
    evidence.putObject("reviews").putObject(CLAUSE).put("satisfied", true).put("reviewer", "test")
        .put("reviewedOn", evidence.get("assessedOn").asText());
    Path file = d.resolve("evidence.json");
    Files.writeString(file, JSON.writeValueAsString(evidence));
    CliTest.Run v = CliTest.run("validate", "--edition", "mhlw-guideline@5.2", "--format", "json", "--exit-zero",
        file.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    for (JsonNode verdict : JSON.readTree(v.out()).path("reports").get(0).path("verdicts")) {
      if (verdict.path("requirement").asText().equals(CLAUSE)) {
        return verdict;
      }
    }
    throw new AssertionError("no verdict for " + CLAUSE + " in " + v.out());
  }

  @Test
  void tls13WithClientCertificatesAndHighSecuritySuitesIsSatisfied() throws Exception {
    JsonNode v = verdict("a", List.of("ssl_protocols TLSv1.3;",
        "ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256;",
        "ssl_client_certificate " + pem[0] + ";", "ssl_verify_client on;"));
    assertThat(v.path("outcome").asText()).as("%s", v).isEqualTo("satisfied");
  }

  @Test
  void tls12WithCbcSuitesIsNotSatisfiedNamingVersionAndSuites() throws Exception {
    JsonNode v = verdict("b", List.of("ssl_protocols TLSv1.2;",
        "ssl_ciphers ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384;",
        "ssl_client_certificate " + pem[0] + ";", "ssl_verify_client on;"));
    assertThat(v.path("outcome").asText()).as("%s", v).isEqualTo("not-satisfied");
    assertThat(v.toString()).contains("ep-portal").contains("TLS1.2").contains("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
  }

  @Test
  void noClientAuthenticationIsNotSatisfiedOnTheClientCertificate() throws Exception {
    JsonNode v = verdict("c", List.of("ssl_protocols TLSv1.3;"));
    assertThat(v.path("outcome").asText()).as("%s", v).isEqualTo("not-satisfied");
    assertThat(v.toString()).contains("ep-portal").contains("clientCertificate").contains("none");
  }
}
