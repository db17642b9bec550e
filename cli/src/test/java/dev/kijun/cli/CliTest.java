package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, where output goes, and what it says. */
class CliTest {
  static final String GUIDELINES = "../guidelines/src/main/kijun";
  static final String EXAMPLES = "../guidelines/examples/";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void checkIsCleanOnTheBundledSources() {
    Run r = run("check", GUIDELINES);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("ok: no problems");
  }

  @Test
  void checkPointsAtAMisspeltEvidenceFieldAndSuggestsTheName(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("src");
    copyTree(Path.of(GUIDELINES), copy);
    Path file = copy.resolve("mhlw-guideline/5.2/6.kijun");
    String source = Files.readString(file);
    // The line of the misspelt field is derived from the content, so that edits elsewhere in the file do not matter.
    int at = source.indexOf("e.tls.clientCertificate ==");
    assertThat(at).as("the 5.2 sources still read e.tls.clientCertificate").isPositive();
    int line = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    Files.writeString(file, source.replaceFirst("e\\.tls\\.clientCertificate ==", "e.tls.clientCertificat =="));
    Run r = run("check", copy.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[UNKNOWN_EVIDENCE]: unknown evidence field `clientCertificat` in record `TlsConfig`",
        "6.kijun:" + line + ":17 (in requirement 6.11.C.11)", "e.tls.clientCertificat == REQUIRED", "^^^^^^^^^^^^^^^^",
        "= help: did you mean `clientCertificate`?", "1 error, 0 warnings");
  }

  @Test
  void validateReportsTheClinicFailuresAndExitsOne() {
    Run r = run("validate", "--edition", "all", EXAMPLES + "clinic.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("mhlw-guideline@5.2/6.11.C.11  not-satisfied", "endpoints[0].tls.versions[0]",
        "mhlw-checklist@R7/2.8  not-satisfied", "devices[0].adminCredential.fingerprint",
        "mhlw-checklist@R7/2.9  not-satisfied", "devices[4].externalStorage", "not a claim of compliance");
    assertThat(r.out()).doesNotContainIgnoringCase("compliant with");
  }

  @Test
  void exitZeroKeepsTheReportButNotTheFailureCode() {
    Run r = run("validate", "--edition", "mhlw-checklist@R7", "--exit-zero", EXAMPLES + "clinic.json");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("not-satisfied");
  }

  @Test
  void validateHtmlFormatWritesOneSelfContainedPage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    Run r = run("validate", "--edition", "all", "--format", "html", "--out", page.toString(), EXAMPLES + "clinic.json");
    assertThat(r.exit()).as("the exit code still reflects the failing verdicts").isEqualTo(1);
    assertThat(r.out()).isEqualTo("wrote " + page + System.lineSeparator());
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Not a compliance claim.", "endpoint <code>ep-portal</code>",
        "device <code>srv-emr</code>", "device <code>srv-receipt</code>").doesNotContain("<link", " src=");
  }

  @Test
  void validateJsonFormatIsJson() throws Exception {
    // --exit-zero: this test is about the output format; the verdicts (unanswered 5.2 questions) are not its subject.
    Run r = run("validate", "--edition", "mhlw-guideline@5.2", "--format", "json", "--exit-zero", EXAMPLES + "hospital.json");
    assertThat(r.exit()).isZero();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).isObject()).isTrue();
  }

  @Test
  void badEvidenceExitsTwoWithPathsAndNoReportForThatFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"facility\": {\"name\": \"x\", \"kind\": \"clinic\"}, \"assessedOn\": \"2026-11-01\","
        + " \"facts\": {\"devices\": [], \"endpoints\": [], \"wirelessNetworks\": [], \"extra\": 1}}", StandardCharsets.UTF_8);
    Run r = run("validate", "--edition", "mhlw-guideline@5.2", EXAMPLES + "hospital.json", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).as("the good file's report").contains("hospital.json").doesNotContain("bad.json");
    assertThat(r.err()).contains("facility.kind", "`clinic`", "facts: unknown field `extra`",
        "no report for 1 evidence file with problems: " + bad.toString().replace('\\', '/'));
    Run alone = run("validate", "--edition", "mhlw-guideline@5.2", bad.toString());
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.out()).as("no report").isEmpty();
    assertThat(alone.err()).contains("no report written");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void misspeltWaiverIsAWarningByDefaultAndAnErrorUnderStrict(@TempDir Path dir) throws Exception {
    String hospital = Files.readString(Path.of(EXAMPLES + "hospital.json"), StandardCharsets.UTF_8);
    String waiver = "\"waivers\": [{\"requirement\": \"mhlw-guideline@5.2/6.11.C.11\", \"waiver\": \"tls12fallback\","
        + " \"subject\": \"ep-x\", \"justification\": \"j\", \"approvedBy\": \"CIO\", \"expires\": \"2027-03-31\"}]";
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, hospital.replaceFirst("\"waivers\"\\s*:\\s*\\[\\s*\\]",
        java.util.regex.Matcher.quoteReplacement(waiver)), StandardCharsets.UTF_8);
    Run lenient = run("validate", "--edition", "mhlw-guideline@5.2", typo.toString());
    assertThat(lenient.err()).contains("kijun: warning: ", "waivers[0].waiver: requirement"
        + " `mhlw-guideline@5.2/6.11.C.11` declares no waiver `tls12fallback`", "did you mean `tls12Fallback`?");
    assertThat(lenient.out()).contains("warnings: 1 evidence entry not used by any validated requirement");
    Run strict = run("validate", "--strict", "--edition", "mhlw-guideline@5.2", typo.toString());
    assertThat(strict.exit()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("kijun: error: ", "did you mean `tls12Fallback`?", "no report written");
    assertThat(run("validate", "--strict", "--edition", "mhlw-guideline@5.2", EXAMPLES + "hospital.json").exit())
        .isNotEqualTo(2);
  }

  @Test
  void unknownEditionAndMissingFilesAreBadInput() {
    assertThat(run("validate", "--edition", "nope@1", EXAMPLES + "clinic.json").exit()).isEqualTo(2);
    Run missing = run("validate", "--edition", "mhlw-guideline@5.2", "no-such-file.json");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.json");
    assertThat(run("check", "no/such/dir").exit()).isEqualTo(2);
  }

  @Test
  void badUsageExitsTwoAndHelpWorksEverywhere() {
    assertThat(run("validate").exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    for (String command : new String[] {"check", "compile", "docs", "validate", "editions"}) {
      Run help = run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: kijun " + command);
    }
  }

  @Test
  void compileWritesEveryKindOfOutputDeterministically(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("compile", "--out", a.toString(), GUIDELINES).exit()).isZero();
    assertThat(run("compile", "--out", b.toString(), GUIDELINES).exit()).isZero();
    for (String sub : new String[] {"java", "resources", "docs/html", "docs/md", "schema", "catalog"}) {
      assertThat(a.resolve(sub)).as(sub).isDirectory();
    }
    try (var files = Files.walk(a)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readAllBytes(b.resolve(a.relativize(f)))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
      }
    }
  }

  @Test
  void compileWritesNothingWhenSourcesHaveErrors(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("broken.kijun");
    Files.writeString(src, "edition \"x@1\";\nrequirement \"1\" { level sometimes }\n");
    Path out = dir.resolve("out");
    Run r = run("compile", "--out", out.toString(), src.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(out).doesNotExist();
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
