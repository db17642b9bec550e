package dev.kijun.runtime.json;

import static dev.kijun.runtime.json.Docs.json;
import static dev.kijun.runtime.json.Docs.withExtra;
import static dev.kijun.runtime.json.Docs.withFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kijun.runtime.fixtures.Facts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad evidence files and the exact messages they produce, one row per kind of mistake. */
class BadEvidenceTest {
  private static final String DEV = "{'id':'srv','kind':'server','ports':[443]}";

  private static String devices(String... devices) {
    return withFacts("{'staffCount':3,'endpoints':[],'devices':[" + String.join(",", devices) + "]}");
  }

  private static String endpoint(String endpoint) {
    return withFacts("{'staffCount':3,'endpoints':[" + endpoint + "],'devices':[]}");
  }

  private static Arguments row(String name, String document, String... messages) {
    return Arguments.of(name, document, List.of(messages));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // syntax
        row("malformed value", json("{'facility': }"),
            "malformed JSON at line 1, column 14: unexpected `}`; expected a value"),
        row("missing comma", json("{\n  'a': 1\n  'b': 2\n}"),
            "malformed JSON at line 3, column 3: unexpected `\"`; expected `,` or `}`"),
        row("truncated", json("{'facility': {'name': 'x'"),
            "malformed JSON at line 1, column 26: the file ends before every object and list is closed"),
        row("unterminated string", json("{'facility': 'x"),
            "malformed JSON at line 1, column 16: the file ends inside a string"),
        row("trailing object", withExtra("") + " {}",
            "malformed JSON at line 1, column 189: unexpected content after the top-level object"),
        row("trailing token", withExtra("") + " x",
            "malformed JSON at line 1, column 190: unrecognized token; strings must be in double quotes"),
        row("comment", json("{/* c */}"), "malformed JSON at line 1, column 2: comments are not allowed in JSON"),
        row("single quotes", "{'a': 1}",
            "malformed JSON at line 1, column 2: unexpected `'`; expected a field name in double quotes"),
        row("trailing comma", json("{'a': [1,]}"),
            "malformed JSON at line 1, column 10: unexpected `]`; expected a value"),
        row("NaN", json("{'a': NaN}"),
            "malformed JSON at line 1, column 10: not a JSON number (NaN and Infinity are not allowed)"),
        row("leading zero", json("{'a': 01}"),
            "malformed JSON at line 1, column 8: invalid number: leading zeroes are not allowed"),
        row("raw newline in string", json("{'a': 'x\ny'}"),
            "malformed JSON at line 1, column 9: control character U+000A inside a string must be escaped"),
        row("not an object", "[]", "the evidence file must hold one JSON object, found a list"),
        row("empty", "  ", "the evidence file is empty"),
        row("duplicate key", json("{'facility': {'name': 'a',\n 'name': 'b'}}"), "facility: duplicate field `name`"),
        // wrong types: no coercion between scalar kinds
        row("string for integer", withFacts("{'staffCount':'3','endpoints':[],'devices':[]}"),
            "facts.staffCount: expected an integer, found a string"),
        row("decimal for integer", withFacts("{'staffCount':3.0,'endpoints':[],'devices':[]}"),
            "facts.staffCount: expected an integer, found a decimal number"),
        row("integer out of range", withFacts("{'staffCount':99999999999999999999,'endpoints':[],'devices':[]}"),
            "facts.staffCount: `99999999999999999999` is out of range for an integer"),
        row("string for number", withFacts("{'staffCount':3,'securityBudget':'12','endpoints':[],'devices':[]}"),
            "facts.securityBudget: expected a number, found a string"),
        row("boolean for number", withFacts("{'staffCount':3,'securityBudget':true,'endpoints':[],'devices':[]}"),
            "facts.securityBudget: expected a number, found `true`"),
        row("number for string", devices("{'id':7,'kind':'server','ports':[443]}"),
            "facts.devices[0].id: expected a string, found an integer"),
        row("boolean for string", devices("{'id':false,'kind':'server','ports':[443]}"),
            "facts.devices[0].id: expected a string, found `false`"),
        row("integer for boolean", endpoint("{'id':'x','external':1,'tls':{'versions':[]}}"),
            "facts.endpoints[0].external: expected `true` or `false`, found an integer"),
        row("string for boolean", endpoint("{'id':'x','external':'true','tls':{'versions':[]}}"),
            "facts.endpoints[0].external: expected `true` or `false`, found a string"),
        row("scalar for list", devices("{'id':'srv','kind':'server','ports':443}"),
            "facts.devices[0].ports: expected a list, found an integer"),
        row("string for object", endpoint("{'id':'x','external':true,'tls':'TLS1.3'}"),
            "facts.endpoints[0].tls: expected an object, found a string"),
        row("list for facts", withFacts("[]"), "facts: expected an object, found a list"),
        row("number for secret",
            devices("{'id':'a','kind':'server','ports':[],'adminCredential':{'fingerprint':12345,'factoryDefault':false}}"),
            "facts.devices[0].adminCredential.fingerprint: expected a string, found an integer"),
        // missing, null, unknown
        row("missing field", devices("{'id':'srv','ports':[443]}"), "facts.devices[0]: missing required field `kind`"),
        row("misspelt field", devices(DEV, "{'id':'srv','kindd':'server','ports':[443]}"),
            "facts.devices[1]: unknown field `kindd`; did you mean `kind`?",
            "facts.devices[1]: missing required field `kind`"),
        row("unknown field", devices("{'id':'srv','kind':'server','ports':[443],'colour':'red'}"),
            "facts.devices[0]: unknown field `colour`"),
        row("unknown fields everywhere", withFacts("{'staffCount':3,'endpoints':[],'devices':[],'extra':{'x':1}}",
                ",'note':'x'"),
            "facts: unknown field `extra`", "unknown field `note`"),
        row("null for required", devices("{'id':'srv','kind':null,'ports':[443]}"),
            "facts.devices[0].kind: required field must not be null"),
        row("null for required boolean", endpoint("{'id':'x','external':null,'tls':{'versions':[]}}"),
            "facts.endpoints[0].external: required field must not be null"),
        row("null in list", devices("{'id':'srv','kind':'server','ports':[443,null]}"),
            "facts.devices[0].ports[1]: `null` is not allowed in a list"),
        row("null for facts", json("{'facility':{'name':'x','kind':'vendor'},'assessedOn':'2026-11-01','facts':null}"),
            "facts: required field must not be null"),
        // enums
        row("bad enum", endpoint("{'id':'x','external':true,'tls':{'versions':['TLS1.2','TLS1.4']}}"),
            "facts.endpoints[0].tls.versions[1]: `TLS1.4` is not one of `TLS1.0`, `TLS1.1`, `TLS1.2`, `TLS1.3`"),
        row("enum by Java name", devices("{'id':'srv','kind':'SERVER','ports':[]}"),
            "facts.devices[0].kind: `SERVER` is not one of `server`, `client-pc`, `network-device`"),
        row("enum by index", devices("{'id':'srv','kind':0,'ports':[]}"),
            "facts.devices[0].kind: expected one of `server`, `client-pc`, `network-device`, found an integer"),
        row("enum with surrounding space", devices("{'id':'srv','kind':' server','ports':[]}"),
            "facts.devices[0].kind: ` server` is not one of `server`, `client-pc`, `network-device`"),
        row("enum with trailing newline", endpoint("{'id':'x','external':true,'tls':{'versions':['TLS1.2\\n']}}"),
            "facts.endpoints[0].tls.versions[0]: `TLS1.2\\u000a` is not one of `TLS1.0`, `TLS1.1`, `TLS1.2`, `TLS1.3`"),
        row("empty enum", devices("{'id':'srv','kind':'','ports':[]}"),
            "facts.devices[0].kind: an empty string is not one of `server`, `client-pc`, `network-device`"),
        // dates
        row("impossible date", devices("{'id':'a','kind':'server','ports':[],'lastSecurityPatch':'2026-02-30'}"),
            "facts.devices[0].lastSecurityPatch: `2026-02-30` is not a valid date"),
        row("non-ISO date", devices("{'id':'a','kind':'server','ports':[],'lastSecurityPatch':'2026/1/5'}"),
            "facts.devices[0].lastSecurityPatch: `2026/1/5` is not a date of the form yyyy-mm-dd"),
        row("date as list", devices("{'id':'a','kind':'server','ports':[],'lastSecurityPatch':[2026,1,5]}"),
            "facts.devices[0].lastSecurityPatch: expected a date (yyyy-mm-dd), found a list"),
        row("date as number", devices("{'id':'a','kind':'server','ports':[],'lastSecurityPatch':20000}"),
            "facts.devices[0].lastSecurityPatch: expected a date (yyyy-mm-dd), found an integer"),
        // envelope
        row("bad facility kind", json("{'facility':{'name':'x','kind':'hospital'},'assessedOn':'2026-11-01','facts':"
                + Docs.FACTS + "}"),
            "facility.kind: `hospital` is not one of `medical-institution`, `pharmacy`, `vendor`"),
        row("missing envelope fields", json("{'facility':{'kind':'vendor'}}"),
            "facility: missing required field `name`", "missing required field `assessedOn`",
            "missing required field `facts`"),
        row("several envelope problems", json("{'facility':{'name':'x','kind':'clinic'},'assessedOn':'2026/11/01',"
                + "'fact':{}}"),
            "facility.kind: `clinic` is not one of `medical-institution`, `pharmacy`, `vendor`",
            "assessedOn: `2026/11/01` is not a date of the form yyyy-mm-dd",
            "unknown field `fact`; did you mean `facts`?", "missing required field `facts`"),
        row("bad answer value", withExtra(",'answers':{'mhlw-checklist@R7/2.8':{'answer':'maybe','checkedOn':'2026-10-20'}}"),
            "answers[\"mhlw-checklist@R7/2.8\"].answer: `maybe` is not one of `yes`, `no`, `not-applicable`"),
        row("answer with surrounding space", withExtra(",'answers':{'mhlw-checklist@R7/2.8':{'answer':' yes','checkedOn':'2026-10-20'}}"),
            "answers[\"mhlw-checklist@R7/2.8\"].answer: ` yes` is not one of `yes`, `no`, `not-applicable`"),
        row("answer without date", withExtra(",'answers':{'mhlw-checklist@R7/2.8':{'answer':'yes'}}"),
            "answers[\"mhlw-checklist@R7/2.8\"]: missing required field `checkedOn`"),
        row("bad clause keys", withExtra(",'answers':{'2.8':{'answer':'yes','checkedOn':'2026-10-20'},"
                + "'mhlw-checklist@R7':{'answer':'yes','checkedOn':'2026-10-20'}}"),
            "answers[\"2.8\"]: `2.8` is not a clause name of the form document@edition/clause",
            "answers[\"mhlw-checklist@R7\"]: `mhlw-checklist@R7` is not a clause name of the form"
                + " document@edition/clause"),
        row("answers not an object", withExtra(",'answers':[]"),
            "answers: expected an object keyed by clause names, found a list"),
        row("bad review", withExtra(",'reviews':{'mhlw-guideline@5.2/6.11.C.6':{'satisfied':'yes','reviewer':'r',"
                + "'reviewedOn':'2026-10-15'}}"),
            "reviews[\"mhlw-guideline@5.2/6.11.C.6\"].satisfied: expected `true` or `false`, found a string"),
        row("bad waiver requirement", withExtra(",'waivers':[{'requirement':'6.11.C.11','waiver':'w','subject':'s',"
                + "'justification':'j','approvedBy':'a','expires':'2027-03-31'}]"),
            "waivers[0].requirement: `6.11.C.11` is not a clause name of the form document@edition/clause"),
        row("incomplete waivers", withExtra(",'waivers':[{'requirement':'a@1/2','waiver':'w','subject':'s',"
                + "'justification':'j','expires':'2027-03-31'},{'requirement':'a@1/2','waiver':'w','subject':'s',"
                + "'justification':'j','approvedBy':'a','expires':'2027-02-30'}]"),
            "waivers[0]: missing required field `approvedBy`", "waivers[1].expires: `2027-02-30` is not a valid date"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rejectsWithExactMessages(String name, String document, List<String> expected) {
    EvidenceException e = catchThrowableOfType(EvidenceException.class,
        () -> EvidenceLoader.load(document.getBytes(StandardCharsets.UTF_8), "bad.json", Facts.class));
    assertThat(e).as("%s must be rejected", name).isNotNull();
    List<String> messages = e.problems().stream().map(EvidenceProblem::message).collect(Collectors.toList());
    assertThat(messages).isEqualTo(expected);
    for (EvidenceProblem p : e.problems()) {
      assertThat(p.file()).isEqualTo("bad.json");
      assertThat(p.message()).startsWith(p.path()).doesNotContain("\n").doesNotContain("jackson")
          .doesNotContain("Jackson").doesNotContain("java.");
    }
  }
}
