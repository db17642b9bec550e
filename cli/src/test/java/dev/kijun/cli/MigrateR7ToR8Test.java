package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kijun migrate} from the 令和7 checklist to the 令和8 checklist on the bundled sources (issue 11): the clinic's
 * R7 answer sheet becomes an R8 sheet, and only the items that edition 7.0 changed are asked again.
 */
class MigrateR7ToR8Test {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theR7AnswerSheetBecomesAnR8SheetThatAsksAgainOnlyThePasswordAndTwoFactorItems(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("x");
    CliTest.Run r = CliTest.run("migrate", "--from", "mhlw-checklist@R7", "--to", "mhlw-checklist@R8",
        CliTest.EXAMPLES + "clinic.json", CliTest.GUIDELINES, "--out-dir", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();

    JsonNode worklist = JSON.readTree(out.resolve("worklist.json").toFile());
    assertThat(worklist.path("counts").path("carried").asInt()).isEqualTo(17);
    assertThat(worklist.path("counts").path("re-assess").asInt()).isEqualTo(2);
    assertThat(worklist.path("counts").path("new").asInt()).isZero();
    assertThat(worklist.path("counts").path("dropped").asInt()).isZero();
    List<String> reassess = new ArrayList<>();
    for (JsonNode item : worklist.path("items")) {
      if (item.path("disposition").asText().equals("re-assess")) {
        reassess.add(item.path("clause").asText());
      }
    }
    assertThat(reassess).containsExactly("mhlw-checklist@R8/fromr7.2.7", "mhlw-checklist@R8/fromr7.2.10");

    JsonNode carried = JSON.readTree(out.resolve("answers-mhlw-checklist@R8.json").toFile());
    assertThat(carried.has("facts")).as("facts may hold secrets and are never copied").isFalse();
    JsonNode answers = carried.path("answers");
    // A "no" keeps its target date; an answer to a changed item is not carried.
    assertThat(answers.path("mhlw-checklist@R8/fromr7.2.3").path("answer").asText()).isEqualTo("no");
    assertThat(answers.path("mhlw-checklist@R8/fromr7.2.3").path("targetDate").asText()).isEqualTo("2027-03-31");
    assertThat(answers.path("mhlw-checklist@R8/fromr7.2.1").path("answer").asText()).isEqualTo("yes");
    assertThat(answers.has("mhlw-checklist@R8/fromr7.2.7")).isFalse();
    assertThat(answers.has("mhlw-checklist@R8/fromr7.2.10")).isFalse();

    // What the facility does next: merge the carried answers into its current evidence file and validate against R8.
    ObjectNode merged = (ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "clinic.json").toFile());
    merged.set("answers", answers);
    Path evidence = dir.resolve("clinic-R8.json");
    Files.writeString(evidence, JSON.writeValueAsString(merged));
    CliTest.Run v = CliTest.run("validate", "--edition", "mhlw-checklist@R8", "--format", "json", "--exit-zero",
        evidence.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    List<String> unanswered = new ArrayList<>();
    for (JsonNode verdict : JSON.readTree(v.out()).path("reports").get(0).path("verdicts")) {
      for (JsonNode f : verdict.path("findings")) {
        if (f.path("reason").asText().equals("no answer recorded")) {
          unanswered.add(verdict.path("requirement").asText());
        }
      }
    }
    assertThat(unanswered).containsExactly("mhlw-checklist@R8/fromr7.2.7", "mhlw-checklist@R8/fromr7.2.10");
  }
}
