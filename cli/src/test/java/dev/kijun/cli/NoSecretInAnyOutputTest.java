package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret values (credential fingerprints) never appear in any output of any command: standard output, standard error
 * and every file a command writes, for good evidence, bad evidence and migrations alike (docs/evidence.md promises it).
 */
class NoSecretInAnyOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Known secrets planted in the evidence, distinctive enough that any echo is found. */
  private static final List<String> SECRETS = List.of("5ecre7-f1ngerpr1nt-aaaa", "5ecre7-f1ngerpr1nt-bbbb");

  @TempDir Path dir;
  private final List<String> outputs = new ArrayList<>();

  private Path evidence(String name, String answersEdition) throws IOException {
    ObjectNode clinic = (ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile());
    int i = 0;
    for (JsonNode device : clinic.path("facts").path("devices")) {
      if (device.has("adminCredential")) {
        // Two devices share one secret, so the reuse check fails and has every reason to talk about it.
        ((ObjectNode) device.get("adminCredential")).put("fingerprint", SECRETS.get(Math.min(i++, 1) == 0 ? 0 : 1));
      }
    }
    if (answersEdition != null) {
      ObjectNode answers = JSON.createObjectNode();
      for (String id : new String[] {"gate", "1.1", "2.1", "2.2", "2.3"}) {
        answers.set(answersEdition + "/" + id, JSON.createObjectNode().put("answer", "yes").put("checkedOn", "2026-10-01"));
      }
      clinic.set("answers", answers);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(clinic));
    return file;
  }

  private CliTest.Run run(String... args) {
    CliTest.Run r = CliTest.run(args);
    outputs.add(r.out());
    outputs.add(r.err());
    return r;
  }

  private void collectFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.getFileName().toString().startsWith("input-")) {
          outputs.add(Files.readString(f, StandardCharsets.ISO_8859_1)); // byte-faithful for any encoding
        }
      }
    }
  }

  @Test
  void noCommandEverWritesASecret() throws Exception {
    Path good = evidence("input-clinic.json", null);
    Path sheet = evidence("input-sheet-R6.json", "mhlw-checklist@R6");
    for (String format : new String[] {"text", "json", "sarif", "junit", "oscal"}) {
      CliTest.Run r = run("validate", "--edition", "all", "--exit-zero", "--format", format, good.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("fingerprint"); // the reuse finding is there, naming the path, not the value
    }
    // Bad evidence next to a secret: a type error in the same object, an unquoted secret, a secret where a number goes.
    String text = Files.readString(good);
    Path bad1 = dir.resolve("input-bad1.json");
    Files.writeString(bad1, text.replaceFirst("\"factoryDefault\" : false", "\"factoryDefault\" : \"" + SECRETS.get(0) + "\""));
    Path bad2 = dir.resolve("input-bad2.json");
    Files.writeString(bad2, text.replaceFirst("\"" + SECRETS.get(0) + "\"", SECRETS.get(0)));
    Path bad3 = dir.resolve("input-bad3.json");
    Files.writeString(bad3, text.replaceFirst("\"" + SECRETS.get(0) + "\"", "{\"x\":\"" + SECRETS.get(0) + "\"}"));
    Path bad4 = dir.resolve("input-bad4.json"); // a secret split over two lines: malformed inside the string
    Files.writeString(bad4, text.replaceFirst("\"" + SECRETS.get(1) + "\"", "\"" + SECRETS.get(1) + "\n\""));
    for (Path bad : List.of(bad1, bad2, bad3, bad4)) {
      CliTest.Run r = run("validate", "--edition", "all", bad.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(Main.BAD_INPUT);
      CliTest.Run json = run("validate", "--edition", "all", "--format", "json", bad.toString());
      assertThat(json.exit()).as(json.out()).isEqualTo(Main.BAD_INPUT);
    }
    Path migrated = dir.resolve("migrated");
    CliTest.Run m = run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7", sheet.toString(),
        CliTest.GUIDELINES, "--out-dir", migrated.toString());
    assertThat(m.exit()).as(m.err()).isZero();
    run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7", "--format", "json", sheet.toString(),
        CliTest.GUIDELINES);
    CliTest.Run report = run("validate", "--edition", "mhlw-guideline@5.2", "--format", "json", "--exit-zero",
        good.toString());
    Path results = dir.resolve("input-results.json");
    Files.writeString(results, report.out());
    run("migrate", "--from", "mhlw-guideline@5.2", "--to", "mhlw-guideline@6.0", results.toString(),
        CliTest.GUIDELINES, "--out-dir", dir.resolve("migrated-report").toString());
    collectFiles(dir);

    Set<String> leaks = new LinkedHashSet<>();
    for (String output : outputs) {
      for (String secret : SECRETS) {
        if (output.contains(secret)) {
          leaks.add(secret + " in: " + output.substring(Math.max(0, output.indexOf(secret) - 200),
              Math.min(output.length(), output.indexOf(secret) + 50)));
        }
      }
    }
    assertThat(leaks).as("secret values written by a command").isEmpty();
    assertThat(outputs).as("outputs inspected").hasSizeGreaterThan(15);
  }
}
