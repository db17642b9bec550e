package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --format junit} is read by a real JUnit-report reader: Maven Surefire's own report parser, the one
 * Maven's site reports use. Its counts agree with the JSON report of the same run.
 */
class JunitOutputTest {
  private static List<ReportTestSuite> parse(String xml, Path dir) throws Exception {
    Path file = dir.resolve("TEST-kijun.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
    List<ReportTestSuite> suites = parser.parse(file.toString());
    assertThat(parser.isValid()).isTrue();
    return suites;
  }

  @Test
  void aSuitePerEditionATestcasePerRequirementAndFailuresForUnsatisfiedClauses(@TempDir Path dir) throws Exception {
    String[] args = {"validate", "--edition", "all", "--exit-zero", CliTest.EXAMPLES + "clinic.json"};
    CliTest.Run junit = CliTest.run(concat(args, "--format", "junit"));
    assertThat(junit.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(CliTest.run(concat(args, "--format", "json")).out());
    List<ReportTestSuite> suites = parse(junit.out(), dir);

    assertThat(suites).hasSize(json.path("reports").size());
    for (int i = 0; i < suites.size(); i++) {
      ReportTestSuite suite = suites.get(i);
      JsonNode report = json.path("reports").get(i);
      JsonNode counts = report.path("counts");
      assertThat(suite.getFullClassName()).isEqualTo(report.path("edition").path("key").asText());
      assertThat(suite.getNumberOfTests()).isEqualTo(report.path("verdicts").size());
      assertThat(suite.getNumberOfFailures()).isEqualTo(counts.path("not-satisfied").asInt());
      assertThat(suite.getNumberOfErrors()).isEqualTo(counts.path("evidence-missing").asInt());
      assertThat(suite.getNumberOfSkipped()).isEqualTo(counts.path("needs-review").asInt()
          + counts.path("not-applicable").asInt() + counts.path("waived").asInt());
      assertThat(suite.getTestCases()).hasSize(report.path("verdicts").size());
    }

    ReportTestSuite v52 = suites.stream().filter(s -> s.getFullClassName().equals("mhlw-guideline@5.2")).findFirst()
        .orElseThrow();
    ReportTestCase tls = v52.getTestCases().stream().filter(t -> t.getName().equals("6.11.C.11")).findFirst()
        .orElseThrow();
    assertThat(tls.getFullClassName()).isEqualTo("mhlw-guideline@5.2");
    assertThat(tls.hasFailure()).isTrue();
    assertThat(tls.getFailureType()).isEqualTo("not-satisfied");
    assertThat(tls.getFailureMessage()).contains("not-satisfied", "endpoints[0].tls.versions[0]");
    assertThat(v52.getTestCases().stream().filter(ReportTestCase::isSuccessful).count())
        .isEqualTo(json.path("reports").get(0).path("counts").path("satisfied").asLong());
  }

  @Test
  void evidenceMissingIsAnErrorAndNeedsReviewIsSkipped(@TempDir Path dir) throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-guideline@5.2", "--exit-zero", "--format", "junit",
        CliTest.EXAMPLES + "clinic.json");
    List<ReportTestCase> cases = parse(r.out(), dir).get(0).getTestCases();
    assertThat(cases).anyMatch(ReportTestCase::hasSkipped);
    assertThat(r.out()).contains("<skipped message=\"needs-review: ");
    if (r.out().contains("type=\"evidence-missing\"")) {
      assertThat(cases).anyMatch(ReportTestCase::hasError);
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
