package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's acceptance for dated obligations, through the CLI on the bundled sources: 7.0's two-factor rule for
 * servers (in force from 2027-04-01, relief until the next renewal) on evidence with one server without two-factor
 * login, the day before and on the effective day, with and without the relief's fact; and {@code kijun diff} showing
 * the strengthened rule with its date.
 */
class DatedObligationsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CLAUSE = "mhlw-guideline@7.0/SYS.reported.twofactor";

  /** One server without two-factor login; {@code renewed}: its installation or renewal date, or null. */
  static Path evidence(Path dir, String name, String renewed) throws Exception {
    String server = "{\"id\": \"srv-emr\", \"name\": \"EMR server\", \"kind\": \"server\", \"twoFactor\": \"none\""
        + (renewed == null ? "" : ", \"introducedOrUpdatedOn\": \"" + renewed + "\"") + "}";
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"facility\": {\"name\": \"Test clinic\", \"kind\": \"medical-institution\"},"
        + " \"assessedOn\": \"2027-04-01\", \"facts\": {\"devices\": [" + server + "], \"endpoints\": [],"
        + " \"wirelessNetworks\": [], \"systems\": [{\"id\": \"sys-emr\", \"name\": \"EMR\", \"loginRequired\": true,"
        + " \"twoFactor\": \"all-users\"}]}}");
    return file;
  }

  /** The verdict on the two-factor clause, from the JSON report. */
  static JsonNode verdict(Path file, String asOf) throws Exception {
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-guideline@7.0", "--as-of", asOf, "--format", "json",
        "--exit-zero", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (JsonNode v : JSON.readTree(r.out()).path("reports").get(0).path("verdicts")) {
      if (v.path("requirement").asText().equals(CLAUSE)) {
        return v;
      }
    }
    throw new AssertionError("no verdict for " + CLAUSE);
  }

  static String reasons(JsonNode verdict) {
    StringBuilder sb = new StringBuilder();
    verdict.path("findings").forEach(f -> sb.append(f.path("reason").asText()).append('\n'));
    return sb.toString();
  }

  @Test
  void theDayBeforeItIsNotApplicableWithTheDate(@TempDir Path dir) throws Exception {
    JsonNode v = verdict(evidence(dir, "e.json", null), "2027-03-31");
    assertThat(v.path("outcome").asText()).isEqualTo("not-applicable");
    assertThat(reasons(v)).isEqualTo("in force from 2027-04-01; not yet on the assessment date 2027-03-31\n");
  }

  @Test
  void onTheDayAServerRenewedSinceWithoutTwoFactorFails(@TempDir Path dir) throws Exception {
    JsonNode v = verdict(evidence(dir, "e.json", "2027-04-01"), "2027-04-01");
    assertThat(v.path("outcome").asText()).isEqualTo("not-satisfied");
    assertThat(reasons(v)).contains("does not hold: every server requires a second factor").doesNotContain("relief");
  }

  @Test
  void onTheDayWithoutTheRenewalDateTheReliefCannotBeDecided(@TempDir Path dir) throws Exception {
    JsonNode v = verdict(evidence(dir, "e.json", null), "2027-04-01");
    assertThat(v.path("outcome").asText()).isEqualTo("evidence-missing");
    assertThat(reasons(v)).contains("does not hold: every server requires a second factor",
        "whether its transitional relief until the next renewal of each server and system still without two-factor"
            + " login (from 2027-04-01) holds cannot be decided");
    assertThat(v.toString()).contains("devices[0].introducedOrUpdatedOn");
  }

  @Test
  void onTheDayAServerNotRenewedSinceIsRelievedNeverSatisfied(@TempDir Path dir) throws Exception {
    JsonNode v = verdict(evidence(dir, "e.json", "2024-06-01"), "2027-04-01");
    assertThat(v.path("outcome").asText()).isEqualTo("relieved");
    assertThat(reasons(v)).startsWith("its checks are not met, but it is under transitional relief until the next"
        + " renewal of each server and system still without two-factor login (from 2027-04-01), and the relief's"
        + " condition holds").contains("does not hold: every server requires a second factor");
  }

  @Test
  void theTextReportGroupsRelievedVerdictsAndTheExitCodeIsNotAFailure(@TempDir Path dir) throws Exception {
    Path file = evidence(dir, "e.json", "2024-06-01");
    CliTest.Run r = CliTest.run("validate", "--edition", "mhlw-guideline@7.0", "--as-of", "2027-04-01",
        file.toString());
    assertThat(r.out()).contains("== relieved (", CLAUSE + "  relieved  (mandatory, clause unverified)");
    // Other 7.0 clauses fail on this small file; the relieved one alone would not make the exit code 1.
    assertThat(r.out()).doesNotContain(CLAUSE + "  not-satisfied");
  }

  @Test
  void theDiffFrom60To70ShowsTheStrengthenedTwoFactorRuleWithItsDate() {
    CliTest.Run r = CliTest.run("diff", "mhlw-guideline@6.0", "mhlw-guideline@7.0", CliTest.GUIDELINES);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(
        "SYS.14.6 → SYS.reported.twofactor  subset-of  [renumbered, moved, split, strengthened, check-changed,"
            + " summary-edited, redated]",
        "strengthened: SYS.reported.twofactor asks for more than SYS.14.6 (subset-of)",
        "redated: effective from always → 2027-04-01; relief added: until the next renewal of each server and system"
            + " still without two-factor login");
    assertThat(r.out()).contains("OMI.9.5 (new)  [redated, new]", "redated: effective from always → 2027-04-01");
  }
}
