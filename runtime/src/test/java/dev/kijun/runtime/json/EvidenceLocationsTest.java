package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence paths resolve to where their values stand, for SARIF results. */
class EvidenceLocationsTest {
  private static final String DOC = "{\n"
      + "  \"facts\": {\n"
      + "    \"endpoints\": [\n"
      + "      {\"id\": \"ep-1\", \"tls\": {\"versions\": [\"TLS1.0\", \"TLS1.3\"]}}\n"
      + "    ]\n"
      + "  },\n"
      + "  \"answers\": {\"doc@1/2.1\": {\"answer\": \"no\"}}\n"
      + "}\n";

  private static EvidenceLocations locate(String text) {
    return EvidenceLocations.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFactsPathPointsAtItsValueFromStartToEnd() {
    EvidenceLocations.Position p = locate(DOC).ofFinding("endpoints[0].tls.versions[1]").orElseThrow();
    String line = DOC.split("\n")[p.line() - 1];
    assertThat(line.substring(p.column() - 1, p.endColumn() - 1)).isEqualTo("\"TLS1.3\"");
    assertThat(p.endLine()).isEqualTo(p.line());
  }

  @Test
  void anEnvelopePathWithAQuotedKeyIsReadFromTheRoot() {
    EvidenceLocations.Position p = locate(DOC).ofFinding("answers[\"doc@1/2.1\"].answer").orElseThrow();
    assertThat(p.line()).isEqualTo(7);
    assertThat(DOC.split("\n")[6].substring(p.column() - 1)).startsWith("\"no\"");
  }

  @Test
  void aMissingValueResolvesToItsNearestEnclosingValue() {
    EvidenceLocations where = locate(DOC);
    EvidenceLocations.Position p = where.ofFinding("endpoints[0].tls.clientCertificate").orElseThrow();
    assertThat(p).isEqualTo(where.at("facts.endpoints[0].tls").orElseThrow());
    assertThat(where.ofFinding("reviews[\"doc@1/3.1\"]")).isEmpty();
    assertThat(where.wholeFile().orElseThrow().endLine()).isEqualTo(9);
  }

  @Test
  void columnsCountCharactersAndSkipAByteOrderMark() {
    String doc = "\uFEFF{\"facts\": {\"名前\": \"病院\", \"x\": 1}}";
    EvidenceLocations.Position p = locate(doc).ofFinding("x").orElseThrow();
    assertThat(p.line()).isEqualTo(1);
    assertThat(doc.substring(1).substring(p.column() - 1, p.endColumn() - 1)).isEqualTo("1");
  }

  @Test
  void parentsStepOverQuotedKeysHoldingDotsAndBrackets() {
    assertThat(EvidenceLocations.parent("answers[\"a.b[1]/2.1\"]")).isEqualTo("answers");
    assertThat(EvidenceLocations.parent("facts.devices[3]")).isEqualTo("facts.devices");
    assertThat(EvidenceLocations.parent("facts.devices")).isEqualTo("facts");
    assertThat(EvidenceLocations.parent("facts")).isEmpty();
  }
}
