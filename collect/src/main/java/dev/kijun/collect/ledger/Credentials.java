package dev.kijun.collect.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the output of {@code kijun fingerprint} ({@code {"credentials": {"DEVICE": {"fingerprint": "hmac-sha256:…",
 * "factoryDefault": false}}}}) as the {@code adminCredential} of each device id. Messages name devices and JSON
 * paths, never a fingerprint.
 */
public final class Credentials {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Credentials() {}

  /** Each device id's {@code adminCredential} object, in file order. */
  public static Map<String, ObjectNode> parse(String file, String text) throws LedgerException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      // The original message may quote the offending text, which can be a fingerprint: give only the place.
      String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new LedgerException(file + ": malformed JSON" + at);
    }
    JsonNode creds = root == null ? null : root.get("credentials");
    if (creds == null || !creds.isObject()) {
      throw new LedgerException(file + ": expected the output of `kijun fingerprint`: an object with `credentials`");
    }
    List<String> problems = new ArrayList<>();
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = creds.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = file + ": credentials[\"" + e.getKey() + "\"]";
      JsonNode fp = e.getValue().get("fingerprint");
      JsonNode fd = e.getValue().get("factoryDefault");
      if (!e.getValue().isObject() || fp == null || !fp.isTextual() || fp.asText().isBlank() || fd == null
          || !fd.isBoolean() || e.getValue().size() != 2) {
        problems.add(path + ": expected exactly `fingerprint` (text) and `factoryDefault` (true or false)");
        continue;
      }
      ObjectNode c = JsonNodeFactory.instance.objectNode();
      c.put("fingerprint", fp.asText());
      c.put("factoryDefault", fd.asBoolean());
      out.put(e.getKey(), c);
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    return out;
  }
}
