package dev.kijun.collect.sheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.collect.ledger.LedgerException;
import dev.kijun.runtime.report.PrettyJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers between a sheet and the evidence envelope's {@code answers} ({@code "mhlw-checklist@R7/2.8": {"answer":
 * "no", "checkedOn": …, "targetDate": …, "document": …}}). Writing into an existing evidence file replaces the
 * answers of the sheet's items (an item left blank on the sheet loses its old answer) and keeps everything else.
 */
public final class AnswersJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private AnswersJson() {}

  /** The merged JSON and what happened to earlier answers. */
  public record Written(String json, int written, int replaced, List<String> cleared) {}

  /** {@code {"answers": {...}}} for the sheet alone: what {@code kijun migrate} reads as an answer sheet. */
  public static Written write(SheetReader.Result sheet) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    return merge(root, sheet);
  }

  /** The evidence file {@code text} (named {@code file}) with the sheet's answers in it. */
  public static Written into(String file, String text, SheetReader.Result sheet) throws LedgerException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(file, e);
    }
    if (root == null || !root.isObject()) {
      throw new LedgerException(file + ": expected an evidence file (a JSON object)");
    }
    JsonNode answers = root.get("answers");
    if (answers != null && !answers.isNull() && !answers.isObject()) {
      throw new LedgerException(file + ": `answers` must be an object keyed by clause names");
    }
    return merge((ObjectNode) root, sheet);
  }

  private static Written merge(ObjectNode root, SheetReader.Result sheet) {
    JsonNode existing = root.get("answers");
    ObjectNode answers = existing instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    root.set("answers", answers);
    Map<String, SheetAnswer> byId = new LinkedHashMap<>();
    sheet.answers().forEach(a -> byId.put(a.id(), a));
    int replaced = 0;
    List<String> cleared = new ArrayList<>();
    for (String id : sheet.items()) {
      String key = sheet.editionKey() + "/" + id;
      SheetAnswer a = byId.get(id);
      if (a == null) {
        if (answers.remove(key) != null) {
          cleared.add(key);
        }
        continue;
      }
      replaced += answers.has(key) ? 1 : 0;
      answers.set(key, json(a));
    }
    return new Written(PrettyJson.print(root), byId.size(), replaced, cleared);
  }

  private static ObjectNode json(SheetAnswer a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("answer", a.answer().json());
    o.put("checkedOn", a.checkedOn().toString());
    a.targetDate().ifPresent(d -> o.put("targetDate", d.toString()));
    a.remarks().ifPresent(r -> o.put("document", r));
    return o;
  }

  /**
   * The answers of {@code editionKey} in an evidence or answers file (e.g. {@code kijun migrate}'s
   * {@code answers-<edition>.json}), by item id; answers of other editions are left out.
   */
  public static Map<String, SheetAnswer> read(String file, String text, String editionKey) throws LedgerException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(file, e);
    }
    JsonNode answers = root == null ? null : root.get("answers");
    if (answers == null || !answers.isObject()) {
      throw new LedgerException(file + ": expected a JSON object with `answers`");
    }
    List<String> problems = new ArrayList<>();
    Map<String, SheetAnswer> out = new LinkedHashMap<>();
    String prefix = editionKey + "/";
    for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      String path = file + ": answers[\"" + e.getKey() + "\"]";
      JsonNode v = e.getValue();
      Optional<Answer> answer = Answer.of(v.path("answer").asText("")).filter(x -> x.json().equals(v.path("answer")
          .asText()));
      Optional<LocalDate> checked = date(v.get("checkedOn"));
      Optional<LocalDate> target = date(v.get("targetDate"));
      if (answer.isEmpty()) {
        problems.add(path + ".answer: expected yes, no or not-applicable");
      }
      if (checked.isEmpty()) {
        problems.add(path + ".checkedOn: expected a date such as 2026-10-20");
      }
      if (v.has("targetDate") && !v.get("targetDate").isNull() && target.isEmpty()) {
        problems.add(path + ".targetDate: expected a date such as 2027-03-31");
      }
      if (answer.isPresent() && checked.isPresent()) {
        Optional<String> document = Optional.ofNullable(v.get("document")).filter(JsonNode::isTextual)
            .map(JsonNode::asText);
        out.put(e.getKey().substring(prefix.length()), new SheetAnswer(e.getKey().substring(prefix.length()),
            answer.get(), checked.get(), target, document));
      }
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    return out;
  }

  /**
   * Names the place only: the parser's own message quotes the text it stumbled on, which in an evidence file can be
   * a secret value (a credential fingerprint), and no kijun output may repeat one.
   */
  private static LedgerException malformed(String file, JsonProcessingException e) {
    String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    return new LedgerException(file + at + ": malformed JSON (or a key given twice)");
  }

  private static Optional<LocalDate> date(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(n.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
