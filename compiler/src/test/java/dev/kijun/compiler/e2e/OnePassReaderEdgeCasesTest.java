package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-picked attacks on the one-pass reader's invariant (see {@link OnePassReaderTest}): for each input the loader
 * (fast path first) must give what the thorough path gives, the same assessment or the same problems, and the fast
 * path may accept only what the thorough path accepts. Unlike {@link OnePassReaderTest#agree}, declining valid input
 * is allowed here (it only costs speed); such cases are printed. Each group names the rule it probes: keys, nulls,
 * number kinds, enum and date spellings, clause keys, envelope parts, trailing content, byte-order marks, UTF-8
 * validity (the thorough path decodes strict UTF-8 first, the fast path hands the bytes to Jackson), JSON
 * extensions, parser limits, and, on a schema of its own, {@code number}, lists of lists, keyword names and records
 * wider than 64 fields.
 */
class OnePassReaderEdgeCasesTest {
  private static final String FACILITY = "\"facility\": {\"name\": \"NAME\", \"kind\": \"medical-institution\", "
      + "\"profiles\": [\"p1\"]}";
  private static final String FACTS = """
      "facts": {
        "devices": [
          {"id": "d1", "name": "srv", "kind": "server",
           "adminCredential": {"fingerprint": "abc", "factoryDefault": false},
           "lastSecurityPatch": "2026-10-10",
           "timeSync": {"source": "ntp", "synchronized": true, "offsetMillis": 12},
           "tlsClient": {"versions": ["TLS1.2"], "cipherSuites": ["A"]}}
        ],
        "endpoints": [{"id": "e1", "host": "h", "exposure": "internal", "ipsecVpn": false}],
        "wirelessNetworks": []
      }""";
  private static final String ANSWERS = "\"answers\": {\"mhlw-checklist@R7/gate\": {\"answer\": \"yes\", "
      + "\"checkedOn\": \"2026-10-15\", \"targetDate\": \"2027-01-01\", \"document\": \"doc\"}}";
  private static final String REVIEWS = "\"reviews\": {\"mhlw-checklist@R7/1.1\": {\"note\": \"n\", "
      + "\"satisfied\": true, \"reviewer\": \"r\", \"reviewedOn\": \"2026-10-01\"}}";
  private static final String WAIVERS = "\"waivers\": [{\"requirement\": \"mhlw-checklist@R7/2.1\", "
      + "\"waiver\": \"w1\", \"subject\": \"d1\", \"justification\": \"j\", \"approvedBy\": \"a\", "
      + "\"expires\": \"2027-01-01\", \"approvedOn\": \"2026-01-01\"}]";
  /** Valid evidence of the bundled schema touching every envelope part; each case edits it once. */
  private static final String BASE = "{\n" + FACILITY + ",\n\"assessedOn\": \"2026-11-01\",\n" + FACTS + ",\n"
      + ANSWERS + ",\n" + REVIEWS + ",\n" + WAIVERS + "\n}\n";

  /** What was checked, for the report: inputs the thorough path accepts but the fast path declines. */
  private final List<String> declined = new ArrayList<>();
  private final List<String> divergences = new ArrayList<>();
  private final List<String> diverging = new ArrayList<>();
  private int cases;

  @Test
  void bundledSchemaEdgeCasesAgree() throws Exception {
    Class<?> type = CompiledGuidelines.get().editions.values().iterator().next().evidenceType();
    assertThat(EvidenceLoader.loadsInOnePass(utf8(BASE), type)).as("the base document is read in one pass").isTrue();
    keys(type);
    nulls(type);
    numbers(type);
    stringsAndBooleans(type);
    enums(type);
    dates(type);
    clauses(type);
    envelope(type);
    trailingAndBom(type);
    utf8Validity(type);
    extensionsAndLimits(type);
    report();
  }

  private void keys(Class<?> type) {
    edit(type, "unknown top-level key", "\"assessedOn\"", "\"x\": 1, \"assessedOn\"");
    edit(type, "top-level key differing by case", "\"assessedOn\"", "\"AssessedOn\"");
    edit(type, "duplicate top-level key", "\"assessedOn\": \"2026-11-01\",",
        "\"assessedOn\": \"2026-11-01\", \"assessedOn\": \"2026-11-01\",");
    edit(type, "duplicate key spelled with an escape", "\"assessedOn\": \"2026-11-01\",",
        "\"assessedOn\": \"2026-11-01\", \"assessed\\u004fn\": \"2026-11-01\",");
    edit(type, "key spelled with escapes only", "\"assessedOn\"", "\"\\u0061ssessedOn\"");
    edit(type, "duplicate facility key", "\"kind\": \"medical-institution\"",
        "\"kind\": \"medical-institution\", \"kind\": \"pharmacy\"");
    edit(type, "duplicate device key", "\"id\": \"d1\",", "\"id\": \"d1\", \"id\": \"d2\",");
    edit(type, "duplicate device key via escape", "\"id\": \"d1\",", "\"id\": \"d1\", \"\\u0069d\": \"d1\",");
    edit(type, "duplicate facts key", "\"wirelessNetworks\": []", "\"wirelessNetworks\": [], \"wirelessNetworks\": []");
    edit(type, "unknown device key", "\"id\": \"d1\",", "\"id\": \"d1\", \"Id\": \"d1\",");
    edit(type, "duplicate answer field", "\"answer\": \"yes\",", "\"answer\": \"yes\", \"answer\": \"no\",");
    edit(type, "duplicate review field", "\"satisfied\": true,", "\"satisfied\": true, \"satisfied\": false,");
    edit(type, "duplicate waiver field", "\"waiver\": \"w1\",", "\"waiver\": \"w1\", \"waiver\": \"w2\",");
    edit(type, "unknown waiver field", "\"waiver\": \"w1\",", "\"waiver\": \"w1\", \"why\": \"w2\",");
    edit(type, "missing assessedOn", "\"assessedOn\": \"2026-11-01\",", "");
    edit(type, "missing facility.kind", ", \"kind\": \"medical-institution\"", "");
    edit(type, "missing device.id", "\"id\": \"d1\",", "");
    edit(type, "missing credential.factoryDefault", ", \"factoryDefault\": false", "");
    edit(type, "missing answer.checkedOn", "\"checkedOn\": \"2026-10-15\",", "");
    edit(type, "missing review.reviewedOn", ", \"reviewedOn\": \"2026-10-01\"", "");
    edit(type, "missing waiver.expires", "\"expires\": \"2027-01-01\",", "");
    edit(type, "missing optional note", "\"note\": \"n\", ", "");
    edit(type, "missing optional profiles", ", \"profiles\": [\"p1\"]", "");
    edit(type, "empty key", "\"assessedOn\"", "\"\": 1, \"assessedOn\"");
  }

  private void nulls(Class<?> type) {
    edit(type, "facility null", FACILITY, "\"facility\": null");
    edit(type, "assessedOn null", "\"assessedOn\": \"2026-11-01\"", "\"assessedOn\": null");
    edit(type, "facts null", FACTS, "\"facts\": null");
    edit(type, "answers null", ANSWERS, "\"answers\": null");
    edit(type, "reviews null", REVIEWS, "\"reviews\": null");
    edit(type, "waivers null", WAIVERS, "\"waivers\": null");
    edit(type, "answers {}", ANSWERS, "\"answers\": {}");
    edit(type, "waivers []", WAIVERS, "\"waivers\": []");
    edit(type, "no answers, reviews or waivers", ",\n" + ANSWERS + ",\n" + REVIEWS + ",\n" + WAIVERS, "");
    edit(type, "profiles null", "\"profiles\": [\"p1\"]", "\"profiles\": null");
    edit(type, "profiles [null]", "\"profiles\": [\"p1\"]", "\"profiles\": [null]");
    edit(type, "profiles []", "\"profiles\": [\"p1\"]", "\"profiles\": []");
    edit(type, "profiles a string", "\"profiles\": [\"p1\"]", "\"profiles\": \"p1\"");
    edit(type, "profiles [1]", "\"profiles\": [\"p1\"]", "\"profiles\": [1]");
    edit(type, "profiles repeated", "\"profiles\": [\"p1\"]", "\"profiles\": [\"p1\", \"p1\"]");
    edit(type, "facility.name null", "\"name\": \"NAME\"", "\"name\": null");
    edit(type, "device.id null", "\"id\": \"d1\",", "\"id\": null,");
    edit(type, "optional record null", "\"adminCredential\": {\"fingerprint\": \"abc\", \"factoryDefault\": false}",
        "\"adminCredential\": null");
    edit(type, "optional date null", "\"lastSecurityPatch\": \"2026-10-10\"", "\"lastSecurityPatch\": null");
    edit(type, "optional integer null", "\"offsetMillis\": 12", "\"offsetMillis\": null");
    edit(type, "secret null", "\"fingerprint\": \"abc\"", "\"fingerprint\": null");
    edit(type, "required boolean null", "\"factoryDefault\": false", "\"factoryDefault\": null");
    edit(type, "devices [null]", "\"devices\": [", "\"devices\": [null, ");
    edit(type, "required list null", "\"wirelessNetworks\": []", "\"wirelessNetworks\": null");
    edit(type, "enum list element null", "\"versions\": [\"TLS1.2\"]", "\"versions\": [\"TLS1.2\", null]");
    edit(type, "string list element null", "\"cipherSuites\": [\"A\"]", "\"cipherSuites\": [null]");
    edit(type, "answers entry null", "\"mhlw-checklist@R7/gate\": {\"answer\"",
        "\"mhlw-checklist@R7/x\": null, \"mhlw-checklist@R7/gate\": {\"answer\"");
    edit(type, "reviews entry null", "\"mhlw-checklist@R7/1.1\": {", "\"mhlw-checklist@R7/x\": null, "
        + "\"mhlw-checklist@R7/1.1\": {");
    edit(type, "waivers [null]", "\"waivers\": [", "\"waivers\": [null, ");
    edit(type, "answer.answer null", "\"answer\": \"yes\"", "\"answer\": null");
    edit(type, "targetDate null", "\"targetDate\": \"2027-01-01\"", "\"targetDate\": null");
    edit(type, "document null", "\"document\": \"doc\"", "\"document\": null");
    edit(type, "note null", "\"note\": \"n\"", "\"note\": null");
    edit(type, "review.satisfied null", "\"satisfied\": true", "\"satisfied\": null");
    edit(type, "approvedOn null", "\"approvedOn\": \"2026-01-01\"", "\"approvedOn\": null");
    edit(type, "waiver.requirement null", "\"requirement\": \"mhlw-checklist@R7/2.1\"", "\"requirement\": null");
  }

  private void numbers(Class<?> type) {
    for (String n : List.of("1.0", "1e2", "1E2", "-0", "-0.0", "0", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "01", "+1", "\"12\"", "true",
        "12.5", "0x10", "1_000", ".5", "1.", "-", "NaN", "Infinity", "-Infinity", "[12]", "{}", "\"\"",
        "2147483648", "-2147483649", "1" + "0".repeat(1001))) {
      edit(type, "offsetMillis " + abbreviate(n), "\"offsetMillis\": 12", "\"offsetMillis\": " + n);
    }
  }

  private void stringsAndBooleans(Class<?> type) {
    for (String v : List.of("1", "true", "[]", "{}", "[\"srv\"]", "\"\"", "\"\\u0000\"", "\"\\ud800\"",
        "\"\\udc00\\ud800\"", "\"a\\/b\"", "\"\\u2028\"", "\"\\x41\"", "\"\\a\"", "'srv'")) {
      edit(type, "device.name " + v, "\"name\": \"srv\"", "\"name\": " + v);
    }
    for (String v : List.of("5", "true", "[\"abc\"]", "\"\"")) {
      edit(type, "fingerprint " + v, "\"fingerprint\": \"abc\"", "\"fingerprint\": " + v);
    }
    for (String v : List.of("0", "1", "\"true\"", "\"false\"", "True", "FALSE", "[]", "\"\"")) {
      edit(type, "factoryDefault " + v, "\"factoryDefault\": false", "\"factoryDefault\": " + v);
      edit(type, "review.satisfied " + v, "\"satisfied\": true", "\"satisfied\": " + v);
    }
  }

  private void enums(Class<?> type) {
    for (String v : List.of("\" server\"", "\"server \"", "\"Server\"", "\"SERVER\"", "\"0\"", "\"1\"", "0", "1",
        "\"\"", "\"server\\u0000\"", "\"\\u0073erver\"", "\"server\\t\"", "\"ｓｅｒｖｅｒ\"", "\"client_pc\"",
        "\"CLIENT_PC\"", "[\"server\"]", "null", "true")) {
      edit(type, "device.kind " + v, "\"kind\": \"server\"", "\"kind\": " + v);
    }
    for (String v : List.of("\"Yes\"", "\"YES\"", "\" yes\"", "\"0\"", "\"not_applicable\"", "\"NOT_APPLICABLE\"",
        "true", "\"y\\u0065s\"")) {
      edit(type, "answer " + v, "\"answer\": \"yes\"", "\"answer\": " + v);
    }
    for (String v : List.of("\"PHARMACY\"", "\"medical_institution\"", "\" pharmacy\"", "\"1\"", "1",
        "\"MEDICAL-INSTITUTION\"")) {
      edit(type, "facility.kind " + v, "\"kind\": \"medical-institution\"", "\"kind\": " + v);
    }
    for (String v : List.of("\"tls1.2\"", "\"TLS1.2 \"", "\"TLS_1_2\"", "\"3\"", "3")) {
      edit(type, "TLS version " + v, "\"versions\": [\"TLS1.2\"]", "\"versions\": [" + v + "]");
    }
  }

  private void dates(Class<?> type) {
    for (String v : List.of("\"2026-02-29\"", "\"2024-02-29\"", "\"2026-02-30\"", "\"+2026-01-01\"",
        "\"2026-1-1\"", "\"２０２６-01-01\"", "\"٢٠٢٦-01-01\"", "\"2026-01-01T00:00\"", "\"2026-01-01Z\"",
        "\"0000-01-01\"", "\"9999-12-31\"", "\"2026-13-01\"", "\"2026-00-10\"", "\"2026-12-00\"", "\"2026/01/01\"",
        "\"20260101\"", "20260101", "[2026, 1, 1]", "\" 2026-01-01\"", "\"2026-01-01 \"", "\"-026-01-01\"",
        "\"2026-0a-01\"", "\"2026\\u002d01-01\"", "\"2026-01-32\"", "\"\"", "{}")) {
      edit(type, "assessedOn " + v, "\"assessedOn\": \"2026-11-01\"", "\"assessedOn\": " + v);
      edit(type, "lastSecurityPatch " + v, "\"lastSecurityPatch\": \"2026-10-10\"", "\"lastSecurityPatch\": " + v);
      edit(type, "targetDate " + v, "\"targetDate\": \"2027-01-01\"", "\"targetDate\": " + v);
      edit(type, "waiver.expires " + v, "\"expires\": \"2027-01-01\"", "\"expires\": " + v);
    }
  }

  private void clauses(Class<?> type) {
    String gate = "\"mhlw-checklist@R7/gate\": {\"answer\"";
    for (String key : List.of("mhlw-checklist@R7/1.2", "MHLW-checklist@R7/gate", "mhlw-checklist@R7/gate ",
        " mhlw-checklist@R7/gate", "mhlw-checklist@R7/gate/x", "mhlw-checklist@@R7/gate", "mhlw-checklist@R7/",
        "mhlw-checklist/gate", "a@b/§1", "a@b/c.§1", "a@b/§§1", "a@b/c..d", "a@b/.c", "x@y/z\\n", "a@b/ｃ",
        "a@b.c/d", "a@b/c\\u0000", "mhlw\\u002dchecklist@R7/gate", "a-@b/c", "a--b@c/d", "1a@b/c", "")) {
      edit(type, "answers key '" + key + "'", gate, "\"" + key + "\": {\"answer\": \"no\", \"checkedOn\": "
          + "\"2026-10-15\"}, " + gate);
    }
    edit(type, "answers key repeated via escape", gate,
        "\"mhlw\\u002dchecklist@R7/gate\": {\"answer\": \"no\", \"checkedOn\": \"2026-10-15\"}, " + gate);
    edit(type, "answers key repeated", gate,
        "\"mhlw-checklist@R7/gate\": {\"answer\": \"no\", \"checkedOn\": \"2026-10-15\"}, " + gate);
    edit(type, "reviews key repeated via escape", "\"mhlw-checklist@R7/1.1\": {",
        "\"mhlw-checklist@R7/1\\u002e1\": {\"satisfied\": true, \"reviewer\": \"r\", \"reviewedOn\": \"2026-10-01\"}, "
            + "\"mhlw-checklist@R7/1.1\": {");
    edit(type, "same clause in answers and reviews", "\"mhlw-checklist@R7/1.1\": {", "\"mhlw-checklist@R7/gate\": {");
    for (String v : List.of("\"mhlw-checklist@R7\"", "\"MHLW@R7/1\"", "\"mhlw-checklist@R7/2.1 \"", "5",
        "{\"document\": \"a\"}", "[\"mhlw-checklist@R7/2.1\"]", "\"\"")) {
      edit(type, "waiver.requirement " + v, "\"requirement\": \"mhlw-checklist@R7/2.1\"", "\"requirement\": " + v);
    }
  }

  private void envelope(Class<?> type) {
    edit(type, "facility a string", FACILITY, "\"facility\": \"NAME\"");
    edit(type, "facility a list", FACILITY, "\"facility\": []");
    edit(type, "facts a list", FACTS, "\"facts\": []");
    edit(type, "facts empty object", FACTS, "\"facts\": {}");
    edit(type, "answers a list", ANSWERS, "\"answers\": []");
    edit(type, "answers a string", ANSWERS, "\"answers\": \"x\"");
    edit(type, "waivers an object", WAIVERS, "\"waivers\": {}");
    edit(type, "waivers a single object", "\"waivers\": [{", "\"waivers\": {");
    edit(type, "device a list", "\"devices\": [", "\"devices\": [[], ");
    edit(type, "parts in another order", FACILITY + ",\n\"assessedOn\": \"2026-11-01\",",
        "\"assessedOn\": \"2026-11-01\", " + FACILITY + ",");
    check(type, "top-level list", utf8("[" + BASE + "]"));
    check(type, "top-level string", utf8("\"x\""));
    check(type, "empty file", new byte[0]);
    check(type, "whitespace only", utf8(" \n\t "));
    check(type, "empty object", utf8("{}"));
  }

  private void trailingAndBom(Class<?> type) {
    for (String tail : List.of("\n", " \r\n\t ", "{}", "x", "]", "}", ",", "null", "1", "\"s\"", "// c", "/* c */",
        "# c", "\u0000", "\u00a0", "\ufeff", "\u001a")) {
      check(type, "trailing " + printable(tail), utf8(BASE + tail));
    }
    check(type, "leading BOM", cat(bytes(0xEF, 0xBB, 0xBF), utf8(BASE)));
    check(type, "two BOMs", cat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), utf8(BASE)));
    check(type, "BOM after whitespace", cat(utf8(" "), bytes(0xEF, 0xBB, 0xBF), utf8(BASE)));
    check(type, "truncated BOM", cat(bytes(0xEF, 0xBB), utf8(BASE)));
    check(type, "leading NUL", cat(bytes(0), utf8(BASE)));
    check(type, "leading NBSP", cat(bytes(0xC2, 0xA0), utf8(BASE)));
    check(type, "leading whitespace", utf8(" \n\r\t" + BASE));
    check(type, "truncated", utf8(BASE.substring(0, BASE.length() - 3)));
  }

  private void utf8Validity(Class<?> type) {
    List<int[]> sequences = List.of(
        new int[] {0xC3, 0xA9}, // é, valid
        new int[] {0xF0, 0x9F, 0x98, 0x80}, // U+1F600, valid
        new int[] {0xEF, 0xBF, 0xBF}, // U+FFFF, a noncharacter but valid UTF-8
        new int[] {0xF4, 0x8F, 0xBF, 0xBF}, // U+10FFFF, valid
        new int[] {0xC0, 0xAF}, // overlong '/'
        new int[] {0xC1, 0xBF}, // overlong
        new int[] {0xC0, 0x80}, // overlong NUL (modified UTF-8)
        new int[] {0xE0, 0x80, 0xAF}, // overlong 3-byte
        new int[] {0xE0, 0x9F, 0xBF}, // overlong 3-byte, highest
        new int[] {0xF0, 0x80, 0x80, 0xAF}, // overlong 4-byte
        new int[] {0xF0, 0x8F, 0xBF, 0xBF}, // overlong 4-byte, highest
        new int[] {0xED, 0xA0, 0x80}, // U+D800 encoded (CESU-8)
        new int[] {0xED, 0xBF, 0xBF}, // U+DFFF encoded
        new int[] {0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}, // CESU-8 pair for U+1F600
        new int[] {0xF4, 0x90, 0x80, 0x80}, // U+110000
        new int[] {0xF5, 0x80, 0x80, 0x80}, // lead byte F5
        new int[] {0xF7, 0xBF, 0xBF, 0xBF}, // lead byte F7
        new int[] {0xF8, 0x88, 0x80, 0x80, 0x80}, // 5-byte form
        new int[] {0xFC, 0x84, 0x80, 0x80, 0x80, 0x80}, // 6-byte form
        new int[] {0xFE}, new int[] {0xFF},
        new int[] {0x80}, // lone continuation byte
        new int[] {0xBF},
        new int[] {0xC3}, // truncated 2-byte before the closing quote
        new int[] {0xE3, 0x81}, // truncated 3-byte
        new int[] {0xF0, 0x9F, 0x98}, // truncated 4-byte
        new int[] {0xC3, 0x28}, // bad continuation
        new int[] {0xE3, 0x28, 0x81},
        new int[] {0xF0, 0x9F, 0x28, 0x80});
    for (int[] seq : sequences) {
      String hex = IntStream.of(seq).mapToObj(b -> String.format("%02X", b)).collect(Collectors.joining(" "));
      byte[] raw = bytes(seq);
      check(type, "bytes " + hex + " in a string value", splice(BASE, "NAME", raw));
      check(type, "bytes " + hex + " in an optional string", splice(BASE, "\"document\": \"doc",
          cat(utf8("\"document\": \"doc"), raw)));
      check(type, "bytes " + hex + " in a key", splice(BASE, "\"assessedOn\"", cat(utf8("\"assessedOn"), raw,
          utf8("\""))));
      check(type, "bytes " + hex + " in a clause key", splice(BASE, "\"mhlw-checklist@R7/gate\"",
          cat(utf8("\"mhlw-checklist@R7/gate"), raw, utf8("\""))));
      check(type, "bytes " + hex + " in an enum", splice(BASE, "\"server\"", cat(utf8("\"server"), raw,
          utf8("\""))));
      check(type, "bytes " + hex + " between tokens", splice(BASE, "\"assessedOn\"", cat(raw,
          utf8("\"assessedOn\""))));
      check(type, "bytes " + hex + " after the object", cat(utf8(BASE), raw));
    }
    // Overlong forms of ASCII characters, which a lax decoder turns into a key, spelling, date or clause it knows.
    check(type, "overlong 'n' in a known key", splice(BASE, "\"assessedOn\"", cat(utf8("\"assessedO"),
        bytes(0xC1, 0xAE), utf8("\""))));
    check(type, "overlong 'r' in an enum spelling", splice(BASE, "\"server\"", cat(utf8("\"serve"),
        bytes(0xC1, 0xB2), utf8("\""))));
    check(type, "overlong '1' in a date", splice(BASE, "\"2026-11-01\"", cat(utf8("\"2026-11-0"),
        bytes(0xE0, 0x80, 0xB1), utf8("\""))));
    check(type, "overlong 'e' in a clause key", splice(BASE, "\"mhlw-checklist@R7/gate\"",
        cat(utf8("\"mhlw-checklist@R7/gat"), bytes(0xC1, 0xA5), utf8("\""))));
    check(type, "overlong '1' in a waiver's clause", splice(BASE, "\"mhlw-checklist@R7/2.1\"",
        cat(utf8("\"mhlw-checklist@R7/2."), bytes(0xF0, 0x80, 0x80, 0xB1), utf8("\""))));
    check(type, "raw NUL in a string", splice(BASE, "NAME", bytes(0)));
    check(type, "raw tab in a string", splice(BASE, "NAME", bytes(9)));
    check(type, "raw newline in a string", splice(BASE, "NAME", bytes(10)));
    check(type, "raw DEL in a string", splice(BASE, "NAME", bytes(0x7F)));
    check(type, "raw U+2028 in a string", splice(BASE, "NAME", utf8("\u2028")));
    check(type, "NUL between tokens", splice(BASE, "\"assessedOn\"", cat(bytes(0), utf8("\"assessedOn\""))));
    check(type, "form feed between tokens", splice(BASE, "\"assessedOn\"", cat(bytes(12), utf8("\"assessedOn\""))));
    check(type, "vertical tab between tokens", splice(BASE, "\"assessedOn\"", cat(bytes(11),
        utf8("\"assessedOn\""))));
  }

  private void extensionsAndLimits(Class<?> type) {
    edit(type, "comment /* */", "\"assessedOn\"", "/* c */ \"assessedOn\"");
    edit(type, "comment //", "\"assessedOn\"", "// c\n\"assessedOn\"");
    edit(type, "comment #", "\"assessedOn\"", "# c\n\"assessedOn\"");
    edit(type, "single-quoted key", "\"assessedOn\"", "'assessedOn'");
    edit(type, "single-quoted value", "\"2026-11-01\"", "'2026-11-01'");
    edit(type, "unquoted key", "\"assessedOn\"", "assessedOn");
    edit(type, "trailing comma in object", "\"wirelessNetworks\": []", "\"wirelessNetworks\": [],");
    edit(type, "trailing comma in list", "[\"p1\"]", "[\"p1\",]");
    edit(type, "missing comma", "\"assessedOn\": \"2026-11-01\",", "\"assessedOn\": \"2026-11-01\"");
    edit(type, "empty list element", "[\"p1\"]", "[\"p1\",,\"p2\"]");
    edit(type, "unescaped control in key", "\"assessedOn\"", "\"assessed\tOn\"");
    edit(type, "bad escape", "\"NAME\"", "\"\\q\"");
    edit(type, "short unicode escape", "\"NAME\"", "\"\\u12\"");
    // parser limits: strings 1 Mi characters, names 1,024, numbers 1,000 digits, depth 64
    String limit = "x".repeat(1024 * 1024);
    edit(type, "name of exactly the string limit", "\"NAME\"", "\"" + limit + "\"");
    edit(type, "name one over the string limit", "\"NAME\"", "\"" + limit + "x\"");
    edit(type, "answer document over the string limit", "\"document\": \"doc\"", "\"document\": \"" + limit + "x\"");
    edit(type, "string over the limit in a list", "[\"p1\"]", "[\"p1\", \"" + limit + "x\"]");
    edit(type, "escaped string over the limit", "\"NAME\"", "\"" + "\\u0078".repeat(1024 * 1024 + 1) + "\"");
    String clause = "mhlw-checklist@R7/";
    String gate = "\"mhlw-checklist@R7/gate\": {\"answer\"";
    for (int length : List.of(1024, 1025, 4000)) {
      String key = clause + "a".repeat(length - clause.length());
      edit(type, "clause key of " + length + " characters", gate,
          "\"" + key + "\": {\"answer\": \"no\", \"checkedOn\": \"2026-10-15\"}, " + gate);
    }
    edit(type, "clause key of 1024 characters with a multibyte character", gate, "\"" + clause
        + "§" + "a".repeat(1024 - clause.length() - 1) + "\": {\"answer\": \"no\", \"checkedOn\": \"2026-10-15\"}, "
        + gate);
    for (int length : List.of(1024, 1025)) {
      String key = clause + "\\u0061".repeat(length - clause.length());
      edit(type, "clause key of " + length + " characters written as escapes", gate,
          "\"" + key + "\": {\"answer\": \"no\", \"checkedOn\": \"2026-10-15\"}, " + gate);
    }
    String emoji = "\ud83d\ude00"; // two UTF-16 characters, four UTF-8 bytes
    edit(type, "name of exactly the string limit in supplementary characters", "\"NAME\"",
        "\"" + emoji.repeat(512 * 1024) + "\"");
    edit(type, "name one over the string limit in supplementary characters", "\"NAME\"",
        "\"" + emoji.repeat(512 * 1024) + "x\"");
    edit(type, "unknown key of 1025 characters", "\"assessedOn\"", "\"" + "k".repeat(1025) + "\": 1, \"assessedOn\"");
    for (int depth : List.of(60, 63, 64, 65, 200)) {
      edit(type, "nesting " + depth + " deep in an unknown field", "\"assessedOn\"",
          "\"x\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"assessedOn\"");
    }
    edit(type, "number of 999 digits", "\"offsetMillis\": 12", "\"offsetMillis\": " + "9".repeat(999));
    edit(type, "number of 1001 digits", "\"offsetMillis\": 12", "\"offsetMillis\": " + "9".repeat(1001));
  }

  @Test
  void ownSchemaEdgeCasesAgree(@TempDir Path dir) throws Exception {
    Class<?> type = compileEdgeSchema(dir);
    String base = """
        {"facility": {"name": "n", "kind": "vendor"}, "assessedOn": "2026-01-01",
         "facts": {"amount": 1.50, "grid": [[1, 2], []], "flags": [true], "class": "c", "default": 3,
           "wide": {WIDE}, "full": {FULL}}}
        """.replace("{WIDE}", "{" + wide(66, "") + "}").replace("{FULL}", "{" + wide(64, "\"s\"") + "}");
    assertThat(EvidenceLoader.loadsInOnePass(utf8(base), type)).as("the edge schema's base is read in one pass (%s)",
        outcome(() -> EvidenceLoader.loadThoroughly(utf8(base), "x.json", type))).isTrue();
    for (String n : List.of("1.50", "1.5", "1.500", "1", "-0", "-0.0", "0.0", "0E-10", "1e2", "1E+2", "1e-2",
        "12345678901234567890123456789012345678901234567890.123", "1e400", "1e-400", "1e2147483647",
        "1e-2147483648", "1e2147483648", "1e9999999999", "9".repeat(999), "9".repeat(1001), "0." + "0".repeat(998) + "1",
        "NaN", "\"1.5\"", "true", "null", "[1]", "01.5", ".5", "1.", "-", "+1")) {
      edit(base, type, "number " + abbreviate(n), "\"amount\": 1.50", "\"amount\": " + n);
    }
    edit(base, type, "optional number present", "\"amount\": 1.50", "\"amount\": 1.50, \"maybe\": 2.0");
    edit(base, type, "optional number null", "\"amount\": 1.50", "\"amount\": 1.50, \"maybe\": null");
    edit(base, type, "optional number a string", "\"amount\": 1.50", "\"amount\": 1.50, \"maybe\": \"2\"");
    for (String g : List.of("[]", "[[]]", "[[1], [2, 3]]", "[[null]]", "[null]", "[[1, null]]", "[1]", "[[[1]]]",
        "[[1.0]]", "[[\"1\"]]", "[[true]]", "[[9223372036854775808]]", "[{}]", "null", "{}", "[[1], null]")) {
      edit(base, type, "grid " + g, "\"grid\": [[1, 2], []]", "\"grid\": " + g);
    }
    for (String f : List.of("[]", "[null]", "[0]", "[\"true\"]", "[true, false]")) {
      edit(base, type, "flags " + f, "\"flags\": [true]", "\"flags\": " + f);
    }
    edit(base, type, "keyword field class null", "\"class\": \"c\"", "\"class\": null");
    edit(base, type, "keyword field absent", "\"class\": \"c\", ", "");
    edit(base, type, "Java name class_ as key", "\"class\": \"c\"", "\"class_\": \"c\"");
    edit(base, type, "keyword field default 1.0", "\"default\": 3", "\"default\": 3.0");
    edit(base, type, "Java name default_ as key", "\"default\": 3", "\"default_\": 3");
    edit(base, type, "keyword field repeated", "\"default\": 3", "\"default\": 3, \"default\": 3");
    for (int i : List.of(0, 1, 2, 62, 63, 64, 65)) {
      String field = i == 0 ? "\"f0\": 0, " : ", \"f" + i + "\": " + i;
      edit(base, type, "wide record without f" + i, field, "");
      edit(base, type, "wide record with f" + i + " repeated", field, field + field);
      edit(base, type, "wide record with f" + i + " null", field, field.replace(": " + i, ": null"));
      edit(base, type, "wide record with f" + i + " 1.0", field, field.replace(": " + i, ": 1.0"));
    }
    edit(base, type, "wide record with an unknown f66", "\"f0\": 0,", "\"f0\": 0, \"f66\": 1,");
    for (int i : List.of(0, 1, 31, 62, 63)) {
      String field = i == 0 ? "\"f0\": \"s\", " : ", \"f" + i + "\": \"s\"";
      edit(base, type, "64-field record without f" + i, field, "");
      edit(base, type, "64-field record with f" + i + " repeated", field, field + field);
    }
    edit(base, type, "64-field record with an unknown f64", "\"f0\": \"s\",", "\"f0\": \"s\", \"f64\": \"s\",");
    report();
  }

  /** A record of {@code n} fields f0…: integers (f0 = 0 …, the last one optional) or all {@code value}. */
  private static String wide(int n, String value) {
    return IntStream.range(0, n).mapToObj(i -> "\"f" + i + "\": " + (value.isEmpty() ? Integer.toString(i) : value)
        + (i < n - 1 ? "," : "")).collect(Collectors.joining(" "));
  }

  /**
   * Compiles a small schema: a {@code number} and an optional one, a list of lists, keyword field names, a record of
   * 66 fields (past the 64 seen-bits of a {@code long}, every third optional, the last too) and one of exactly 64
   * required fields (the sign bit of the mask).
   */
  private static Class<?> compileEdgeSchema(Path dir) throws Exception {
    StringBuilder schema = new StringBuilder("schema \"edge\";\nroot Facts\nrecord Facts {\n  amount: number\n"
        + "  maybe: number?\n  grid: list<list<integer>>\n  flags: list<boolean>\n  class: string?\n"
        + "  default: integer?\n  wide: Wide?\n  full: Full?\n}\nrecord Wide {\n");
    for (int i = 0; i < 66; i++) {
      schema.append("  f").append(i).append(": integer").append(i % 3 == 2 || i == 65 ? "?" : "").append('\n');
    }
    schema.append("}\nrecord Full {\n");
    for (int i = 0; i < 64; i++) {
      schema.append("  f").append(i).append(": string\n");
    }
    schema.append("}\n");
    String edition = "edition \"edge@1\";\ndocument {\n  title ja \"t\" en \"t\"\n  publisher \"p\"\n"
        + "  published 2025-01-01\n  source \"https://example.org/x\"\n  evidence \"edge\"\n  status verified\n}\n"
        + "requirement \"1\" {\n  title ja \"t\" en \"t\"\n  level mandatory\n  audience medical-institution\n"
        + "  status verified\n  source \"https://example.org/x\"\n  summary ja \"s\"\n  summary en \"s\"\n"
        + "  check automated \"e\" {\n    forall f in flags: f\n  }\n}\n";
    CompilationResult r = KijunCompiler.compile(List.of(new SourceFile("schema.kijun", schema.toString()),
        new SourceFile("e.kijun", edition)));
    assertThat(r.diagnostics()).isEmpty();
    Program program = r.program().orElseThrow();
    InMemoryJavac.Compiled compiled = InMemoryJavac.compile(Outputs.java(program), dir);
    List<Edition<?>> editions = Editions.discover(compiled.loader());
    assertThat(editions).hasSize(1);
    return editions.get(0).evidenceType();
  }

  private void edit(Class<?> type, String what, String from, String to) {
    edit(BASE, type, what, from, to);
  }

  private void edit(String base, Class<?> type, String what, String from, String to) {
    assertThat(base).as("case %s edits the base document", what).contains(from);
    int at = base.indexOf(from);
    check(type, what, utf8(base.substring(0, at) + to + base.substring(at + from.length())));
  }

  /** The invariant on one input; divergences are collected so that one run lists them all. */
  private void check(Class<?> type, String what, byte[] bytes) {
    cases++;
    Object thorough = outcome(() -> EvidenceLoader.loadThoroughly(bytes, "x.json", type));
    Object loaded = outcome(() -> EvidenceLoader.load(bytes, "x.json", type));
    boolean onePass = EvidenceLoader.loadsInOnePass(bytes, type);
    boolean valid = thorough instanceof Assessment;
    int before = divergences.size();
    if (!loaded.equals(thorough)) {
      divergences.add(what + ": the loader gives " + abbreviate(loaded.toString()) + ", the thorough path "
          + abbreviate(thorough.toString()));
    } else if (onePass && !valid) {
      divergences.add(what + ": the one-pass reader accepts what the thorough path rejects: "
          + abbreviate(thorough.toString()));
    } else if (valid && !onePass) {
      declined.add(what);
    }
    if (divergences.size() > before) {
      diverging.add(what);
    }
  }

  private void report() {
    System.out.printf("one-pass edge cases: %d checked, %d valid but declined by the fast path%s%n", cases,
        declined.size(), declined.isEmpty() ? "" : ": " + declined);
    if (!diverging.isEmpty()) {
      System.out.println("diverging: " + String.join("\n  ", diverging));
    }
    assertThat(divergences).as("inputs on which the two paths disagree").isEmpty();
    cases = 0;
    declined.clear();
  }

  private interface Load {
    Assessment<?> run() throws EvidenceException;
  }

  private static Object outcome(Load load) {
    try {
      return load.run();
    } catch (EvidenceException e) {
      return e.problems().toString();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "… (" + s.length() + " characters)";
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** {@code text} with its first {@code marker} replaced by raw bytes. */
  private static byte[] splice(String text, String marker, byte[] raw) {
    int at = text.indexOf(marker);
    assertThat(at).as("marker %s is in the base document", marker).isNotNegative();
    return cat(utf8(text.substring(0, at)), raw, utf8(text.substring(at + marker.length())));
  }
}
