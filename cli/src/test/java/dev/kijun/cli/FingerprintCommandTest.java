package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kijun fingerprint}: keyed, comparable, defaults flagged, and the passwords never written anywhere. */
class FingerprintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHARED = "Sakura#2026-shared-Pw";
  private static final String OWN = "ユニーク-パスワード-42";

  @TempDir Path dir;

  @Test
  void passwordsBecomeKeyedFingerprintsAndAreNeverWritten() throws Exception {
    Path key = dir.resolve("facility.key");
    CliTest.Run made = CliTest.run("fingerprint", "--new-key", key.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(CliTest.run("fingerprint", "--new-key", key.toString()).exit()).as("never overwrites a key")
        .isEqualTo(Main.BAD_INPUT);

    Path passwords = dir.resolve("passwords.tsv");
    Files.writeString(passwords, String.join("\n", "# device<TAB>password", "srv-emr\t" + SHARED,
        "srv-receipt\t" + SHARED, "pc-reception\t" + OWN, "router-1\tadmin", ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("credentials.json");
    CliTest.Run r = CliTest.run("fingerprint", "--key", key.toString(), "--from", passwords.toString(),
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("4 fingerprints; 1 factory-default password found");
    assertThat(Files.getPosixFilePermissions(out)).as("fingerprints are evidence: owner-only")
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    JsonNode c = JSON.readTree(out.toFile()).path("credentials");
    assertThat(c.path("srv-emr").path("fingerprint").asText()).startsWith("hmac-sha256:")
        .isEqualTo(c.path("srv-receipt").path("fingerprint").asText())
        .isNotEqualTo(c.path("pc-reception").path("fingerprint").asText());
    assertThat(c.path("router-1").path("factoryDefault").asBoolean()).isTrue();
    assertThat(c.path("srv-emr").path("factoryDefault").asBoolean()).isFalse();

    // Another facility's key gives other fingerprints for the same password: no offline guessing across sites.
    Path other = dir.resolve("other.key");
    CliTest.run("fingerprint", "--new-key", other.toString());
    CliTest.Run r2 = CliTest.run("fingerprint", "--key", other.toString(), "--from", passwords.toString());
    assertThat(JSON.readTree(r2.out()).path("credentials").path("srv-emr").path("fingerprint").asText())
        .isNotEqualTo(c.path("srv-emr").path("fingerprint").asText());

    // No password in anything the runs wrote or printed (the input file aside).
    List<String> outputs = new java.util.ArrayList<>(List.of(made.out(), made.err(), r.out(), r.err(), r2.out(),
        r2.err()));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(passwords)).toList()) {
        outputs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    for (String o : outputs) {
      assertThat(o).doesNotContain(SHARED).doesNotContain(OWN).doesNotContain("\tadmin");
    }
  }

  @Test
  void badInputIsNamedWithoutEchoingAnyPassword() throws Exception {
    Path key = dir.resolve("k");
    CliTest.run("fingerprint", "--new-key", key.toString());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "srv-emr " + SHARED + "\nsrv-emr\t" + OWN + "\n");
    CliTest.Run r = CliTest.run("fingerprint", "--key", key.toString(), "--from", bad.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("line 1: expected DEVICE<TAB>PASSWORD").doesNotContain(SHARED).doesNotContain(OWN);
    Path notAKey = dir.resolve("nokey");
    Files.writeString(notAKey, "hello");
    assertThat(CliTest.run("fingerprint", "--key", notAKey.toString(), "--from", bad.toString()).err())
        .contains("is not a kijun facility key");
    assertThat(CliTest.run("fingerprint", "--key", key.toString(), "srv-emr").err())
        .contains("no terminal to ask for passwords on");
  }
}
