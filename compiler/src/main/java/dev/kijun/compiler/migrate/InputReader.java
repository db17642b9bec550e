package dev.kijun.compiler.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Edition;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads a migration input and detects its kind by content: a verdict report has {@code verdicts} (one report) or
 * {@code reports} (several); an evidence file has {@code facts} or {@code answers}. Checks that it belongs to the
 * source edition and names only its clauses; every problem is collected before failing.
 */
public final class InputReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InputReader() {}

  /**
   * Parses {@code text} (the content of {@code fileName}) as input for migrating {@code from} to the edition
   * {@code toKey}.
   *
   * @throws MigrationException with every problem found
   */
  public static AssessmentInput read(String fileName, String text, Edition from, String toKey)
      throws MigrationException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new MigrationException(List.of(fileName + ": malformed JSON" + where + ": " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new MigrationException(List.of(fileName + ": expected a JSON object (a verdict report or an evidence file)"));
    }
    ObjectNode obj = (ObjectNode) root;
    if (obj.has("verdicts") || obj.has("reports")) {
      return report(fileName, obj, from);
    }
    if (obj.has("facts") || obj.has("answers")) {
      return sheet(fileName, obj, from, toKey);
    }
    throw new MigrationException(List.of(fileName + ": neither a verdict report (`kijun validate --format json`, with "
        + "`verdicts` or `reports`) nor an evidence file (with `facts` and `answers`)"));
  }

  private static AssessmentInput sheet(String file, ObjectNode root, Edition from, String toKey)
      throws MigrationException {
    List<String> problems = new ArrayList<>();
    Map<ClauseRef, ObjectNode> answers = new LinkedHashMap<>();
    Map<ClauseRef, SourceResult> results = new LinkedHashMap<>();
    TreeSet<String> otherEditions = new TreeSet<>();
    JsonNode node = root.get("answers");
    if (node != null && !node.isObject()) {
      problems.add(file + ": `answers` must be an object keyed by clause names");
    } else if (node != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String path = "answers[\"" + f.getKey() + "\"]";
        Optional<ClauseRef> ref = ClauseRef.tryParse(f.getKey());
        if (ref.isEmpty()) {
          problems.add(file + ": " + path + ": `" + f.getKey() + "` is not a clause name of the form document@edition/clause");
          continue;
        }
        if (ref.get().editionKey().equals(toKey)) {
          problems.add(file + ": " + path + ": the file already holds answers for the target edition `" + toKey + "`");
          continue;
        }
        if (!ref.get().editionKey().equals(from.key())) {
          otherEditions.add(ref.get().editionKey());
          continue;
        }
        if (from.requirement(ref.get().clause()).isEmpty()) {
          problems.add(file + ": " + path + ": unknown clause `" + ref.get().clause() + "`: not a requirement of `"
              + from.key() + "`");
          continue;
        }
        JsonNode answer = f.getValue().get("answer");
        Optional<SourceResult> r = answer != null && answer.isTextual() ? SourceResult.ofAnswer(answer.asText())
            : Optional.empty();
        if (!f.getValue().isObject() || r.isEmpty()) {
          problems.add(file + ": " + path + ".answer: expected `yes`, `no` or `not-applicable`");
          continue;
        }
        answers.put(ref.get(), (ObjectNode) f.getValue());
        results.put(ref.get(), r.get());
      }
    }
    if (problems.isEmpty() && answers.isEmpty()) {
      problems.add(file + ": no answers for `" + from.key() + "`" + (otherEditions.isEmpty() ? ""
          : "; the file answers " + String.join(", ", otherEditions) + " (wrong edition?)"));
    }
    if (!problems.isEmpty()) {
      throw new MigrationException(problems);
    }
    return new AssessmentInput.AnswerSheet(root, answers, results);
  }

  private static AssessmentInput report(String file, ObjectNode root, Edition from) throws MigrationException {
    List<ObjectNode> bodies = new ArrayList<>();
    if (root.has("reports")) {
      JsonNode reports = root.get("reports");
      if (!reports.isArray()) {
        throw new MigrationException(List.of(file + ": `reports` must be a list"));
      }
      reports.forEach(r -> {
        if (r.isObject()) {
          bodies.add((ObjectNode) r);
        }
      });
    } else {
      bodies.add(root);
    }
    List<ObjectNode> mine = bodies.stream().filter(b -> from.key().equals(b.path("edition").path("key").asText()))
        .toList();
    if (mine.isEmpty()) {
      TreeSet<String> keys = new TreeSet<>();
      bodies.forEach(b -> keys.add(b.path("edition").path("key").asText("?")));
      throw new MigrationException(List.of(file + ": no report for `" + from.key() + "`; the file reports on "
          + (keys.isEmpty() ? "nothing" : String.join(", ", keys)) + " (wrong edition?)"));
    }
    if (mine.size() > 1) {
      throw new MigrationException(List.of(file + ": " + mine.size() + " reports for `" + from.key()
          + "` (one per evidence file); migrate one report at a time"));
    }
    ObjectNode body = mine.get(0);
    List<String> problems = new ArrayList<>();
    Map<ClauseRef, ObjectNode> verdicts = new LinkedHashMap<>();
    Map<ClauseRef, SourceResult> results = new LinkedHashMap<>();
    JsonNode list = body.get("verdicts");
    if (list == null || !list.isArray()) {
      throw new MigrationException(List.of(file + ": the report for `" + from.key() + "` has no `verdicts` list"));
    }
    int i = 0;
    for (JsonNode v : list) {
      String path = "verdicts[" + i++ + "]";
      Optional<ClauseRef> ref = ClauseRef.tryParse(v.path("requirement").asText(""));
      if (ref.isEmpty() || !ref.get().editionKey().equals(from.key())
          || from.requirement(ref.get().clause()).isEmpty()) {
        problems.add(file + ": " + path + ".requirement: unknown clause `" + v.path("requirement").asText("")
            + "`: not a requirement of `" + from.key() + "`");
        continue;
      }
      String spelled = v.path("outcome").asText("");
      Optional<Outcome> outcome = Arrays.stream(Outcome.values()).filter(o -> o.jsonName().equals(spelled)).findFirst();
      if (outcome.isEmpty()) {
        problems.add(file + ": " + path + ".outcome: unknown outcome `" + spelled + "`");
        continue;
      }
      verdicts.put(ref.get(), (ObjectNode) v);
      results.put(ref.get(), SourceResult.of(outcome.get()));
    }
    if (!problems.isEmpty()) {
      throw new MigrationException(problems);
    }
    return new AssessmentInput.VerdictReport(root, body, verdicts, results);
  }
}
