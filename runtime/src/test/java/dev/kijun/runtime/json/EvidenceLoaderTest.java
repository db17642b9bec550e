package dev.kijun.runtime.json;

import static dev.kijun.runtime.json.Docs.json;
import static dev.kijun.runtime.json.Docs.withFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Secret;
import dev.kijun.runtime.evidence.Answer;
import dev.kijun.runtime.evidence.AnswerValue;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Review;
import dev.kijun.runtime.evidence.Waiver;
import dev.kijun.runtime.fixtures.Device;
import dev.kijun.runtime.fixtures.DeviceKind;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.Fixtures;
import dev.kijun.runtime.fixtures.TlsVersion;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceLoaderTest {
  @TempDir Path dir;

  private static Assessment<Facts> load(String json) throws EvidenceException {
    return EvidenceLoader.load(json.getBytes(StandardCharsets.UTF_8), "e.json", Facts.class);
  }

  private static EvidenceException reject(byte[] json, EvidenceLimits limits) {
    return catchThrowableOfType(EvidenceException.class,
        () -> EvidenceLoader.load(json, "e.json", Facts.class, limits));
  }

  private static EvidenceException reject(String json) {
    return reject(json.getBytes(StandardCharsets.UTF_8), EvidenceLimits.DEFAULT);
  }

  @Test
  void bindsEnvelopeAndFacts() throws Exception {
    Assessment<Facts> a = EvidenceLoader.load(Fixtures.resource("evidence/sakura.json"), "sakura.json", Facts.class);

    assertThat(a.facility().name()).isEqualTo("Sakura Clinic");
    assertThat(a.facility().kind()).isEqualTo(Audience.MEDICAL_INSTITUTION);
    assertThat(a.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
    Facts f = a.facts();
    assertThat(f.staffCount()).isEqualTo(42L);
    assertThat(f.securityBudget()).isEqualByComparingTo(new BigDecimal("1250000.50"));
    assertThat(f.endpoints()).hasSize(4);
    assertThat(f.endpoints().get(1).tls().versions()).containsExactly(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
    Device srv = f.devices().get(0);
    assertThat(srv.kind()).isEqualTo(DeviceKind.SERVER);
    assertThat(srv.ports()).containsExactly(443L, 22L);
    assertThat(srv.adminCredential().fingerprint()).isEqualTo(Secret.of("s3cr3t-fp-0001"));
    assertThat(srv.lastSecurityPatch()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(f.devices().get(1).lastSecurityPatch()).as("absent optional").isNull();
    assertThat(f.devices().get(2).lastSecurityPatch()).as("explicit null optional").isNull();
    assertThat(f.devices().get(2).adminCredential()).isNull();

    assertThat(a.answers()).containsExactly(java.util.Map.entry(ClauseRef.parse("test-guideline@1.0/2.1"),
        new Answer(AnswerValue.NO, LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2027, 3, 31)),
            Optional.of("IT台帳 2026-10"))));
    assertThat(a.reviews()).containsExactly(java.util.Map.entry(ClauseRef.parse("test-guideline@1.0/3.2"),
        new Review(true, "Dr. Sato", LocalDate.of(2026, 10, 15), "contract §4")));
    assertThat(a.waivers()).hasSize(2);
    assertThat(a.waivers().get(0)).isEqualTo(new Waiver(ClauseRef.parse("test-guideline@1.0/1.1"), "tls12Fallback",
        "lab-gateway", "the lab analyser's firmware cannot do TLS 1.3", "CIO", LocalDate.of(2027, 3, 31)));
  }

  @Test
  void optionalEnvelopePartsMayBeAbsentOrNull() throws Exception {
    Assessment<Facts> absent = load(withFacts(Docs.FACTS));
    assertThat(absent.answers()).isEmpty();
    assertThat(absent.reviews()).isEmpty();
    assertThat(absent.waivers()).isEmpty();

    Assessment<Facts> nulls = load(withFacts(Docs.FACTS, ",'answers':null,'reviews':null,'waivers':null"));
    assertThat(nulls.answers()).isEmpty();
    assertThat(nulls.waivers()).isEmpty();
  }

  @Test
  void optionalAnswerAndReviewFieldsDefault() throws Exception {
    Assessment<Facts> a = load(withFacts(Docs.FACTS, ",'answers':{'a@1/2':{'answer':'not-applicable','checkedOn':"
        + "'2026-01-02'}},'reviews':{'a@1/3':{'satisfied':false,'reviewer':'r','reviewedOn':'2026-01-03'}}"));
    Answer answer = a.answer(ClauseRef.parse("a@1/2")).orElseThrow();
    assertThat(answer.answer()).isEqualTo(AnswerValue.NOT_APPLICABLE);
    assertThat(answer.targetDate()).isEmpty();
    assertThat(answer.document()).isEmpty();
    assertThat(a.review(ClauseRef.parse("a@1/3")).orElseThrow().note()).isEmpty();
  }

  /**
   * Pins the Jackson 2.18 behaviour the loader relies on for records: {@code @JsonProperty(required = true)}
   * rejects a missing component, our introspector makes it reject an explicit null too, and components without
   * {@code required} may be missing or null (FAIL_ON_MISSING_CREATOR_PROPERTIES would wrongly reject those).
   */
  @Test
  void requiredMeansPresentAndNonNullWhileOptionalMayBeEither() throws Exception {
    String device = "{'id':'d','kind':'server','ports':[]%s}";
    assertThat(load(withFacts("{'staffCount':1,'endpoints':[],'devices':[" + String.format(device, "") + "]}"))
        .facts().devices().get(0).lastSecurityPatch()).isNull();
    assertThat(load(withFacts("{'staffCount':1,'endpoints':[],'devices':["
        + String.format(device, ",'lastSecurityPatch':null,'adminCredential':null") + "]}"))
        .facts().devices().get(0).adminCredential()).isNull();
    assertThat(reject(withFacts("{'endpoints':[],'devices':[]}")).problems())
        .extracting(EvidenceProblem::message).containsExactly("facts: missing required field `staffCount`");
    assertThat(reject(withFacts("{'staffCount':null,'endpoints':[],'devices':[]}")).problems())
        .extracting(EvidenceProblem::message).containsExactly("facts.staffCount: required field must not be null");
    assertThat(reject(withFacts("{'staffCount':1,'endpoints':null,'devices':[]}")).problems())
        .extracting(EvidenceProblem::message).containsExactly("facts.endpoints: required field must not be null");
  }

  @Test
  void problemsCarryLineAndColumn() {
    String doc = json("{\n 'facility': {'name': 'x', 'kind': 'vendor'},\n 'assessedOn': '2026-11-01',\n"
        + " 'facts': {'staffCount': 1, 'endpoints': [],\n   'devices': [{'id': 'd', 'kindd': 'server', 'ports': []}]}\n}");
    EvidenceException e = reject(doc);
    assertThat(e.problems()).extracting(EvidenceProblem::render).containsExactly(
        "e.json:5:28: facts.devices[0]: unknown field `kindd`; did you mean `kind`?",
        "e.json:5:58: facts.devices[0]: missing required field `kind`");
    assertThat(e.problems().get(0).path()).isEqualTo("facts.devices[0]");
    assertThat(e.getMessage())
        .isEqualTo("e.json:5:28: facts.devices[0]: unknown field `kindd`; did you mean `kind`? (and 1 more)");
  }

  @Test
  void sizeIsCheckedBeforeParsing() {
    byte[] huge = new byte[20_000_000]; // all zero bytes: not JSON at all, so parsing would say something else
    EvidenceException e = reject(huge, EvidenceLimits.DEFAULT);
    assertThat(e.problems()).extracting(EvidenceProblem::render)
        .containsExactly("e.json: the evidence file is larger than the size limit of 16 MiB (16,777,216 bytes)");
    assertThat(e.problems().get(0).line()).isZero();
  }

  @Test
  void sizeLimitIsConfigurable() {
    byte[] doc = withFacts(Docs.FACTS).getBytes(StandardCharsets.UTF_8);
    assertThat(reject(doc, EvidenceLimits.DEFAULT.withMaxBytes(100)).problems()).extracting(EvidenceProblem::message)
        .containsExactly("the evidence file is larger than the size limit of 100 bytes");
  }

  @Test
  void fileSizeIsCheckedBeforeReading() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(20_000_000); // sparse: costs no disk, and the loader must not read it
    }
    EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> EvidenceLoader.load(big, Facts.class));
    assertThat(e.problems()).extracting(EvidenceProblem::render)
        .containsExactly(big + ": the evidence file is larger than the size limit of 16 MiB (16,777,216 bytes)");
  }

  @Test
  void loadsFromPath() throws Exception {
    Path file = dir.resolve("ok.json");
    Files.write(file, Fixtures.resource("evidence/minimal.json"));
    assertThat(EvidenceLoader.load(file, Facts.class).facility().kind()).isEqualTo(Audience.PHARMACY);
  }

  @Test
  void missingFileIsAProblemNotACrash() {
    Path missing = dir.resolve("nope.json");
    EvidenceException e = catchThrowableOfType(EvidenceException.class,
        () -> EvidenceLoader.load(missing, Facts.class));
    assertThat(e.problems()).extracting(EvidenceProblem::render)
        .containsExactly(missing + ": the evidence file does not exist");
  }

  /** Depth counts every object and list, the top-level object included: 64 levels pass, 65 do not. */
  @Test
  void nestingIsLimitedTo64Levels() {
    String ok = withFacts("{'staffCount':1,'endpoints':[],'devices':[],'deep':" + nested(62) + "}");
    assertThat(reject(ok).problems()).extracting(EvidenceProblem::message)
        .containsExactly("facts: unknown field `deep`"); // rejected for the field, not for its depth

    String tooDeep = withFacts("{'staffCount':1,'endpoints':[],'devices':[],'deep':" + nested(63) + "}");
    int column = tooDeep.indexOf('[', tooDeep.indexOf("deep")) + 63; // 1-based column of the 63rd `[`, level 65
    assertThat(reject(tooDeep).problems()).extracting(EvidenceProblem::message)
        .containsExactly("nesting deeper than 64 levels at line 1, column " + column);
  }

  private static String nested(int lists) {
    return "[".repeat(lists) + "]".repeat(lists);
  }

  @Test
  void longStringsAreLimited() {
    byte[] doc = withFacts("{'staffCount':1,'endpoints':[],'devices':[{'id':'" + "x".repeat(50)
        + "','kind':'server','ports':[]}]}").getBytes(StandardCharsets.UTF_8);
    EvidenceLimits limits = new EvidenceLimits(1 << 20, 64, 40);
    assertThat(reject(doc, limits).problems()).extracting(EvidenceProblem::message)
        .singleElement().asString().startsWith("a string longer than 40 characters at line 1, column ");
  }

  @Test
  void rejectsInvalidUtf8WithItsPlace() {
    byte[] doc = "{\n \"a\": \"x\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(reject(doc, EvidenceLimits.DEFAULT).problems()).extracting(EvidenceProblem::render)
        .containsExactly("e.json:2:9: the evidence file is not valid UTF-8 at line 2, column 9; save it as UTF-8"
            + " (Shift_JIS and other encodings are not read)");
  }

  @Test
  void acceptsByteOrderMark() throws Exception {
    assertThat(load("\uFEFF" + withFacts(Docs.FACTS)).facts().staffCount()).isEqualTo(3);
  }

  @Test
  void nonAsciiColumnsCountCharacters() {
    EvidenceException e = reject(json("{'facility': {'name': '桜クリニック', 'kind': 'clinic'}}"));
    assertThat(e.problems().get(0).column()).isEqualTo(41) /* `"clinic"`, counting 桜クリニック as 6 characters, not 18 bytes */;
  }

  @Test
  void secretValuesNeverAppearInProblems() {
    String unquoted = withFacts("{'staffCount':1,'endpoints':[],'devices':[{'id':'d','kind':'server','ports':[],"
        + "'adminCredential':{'fingerprint':hunter2,'factoryDefault':false}}]}");
    String misplaced = withFacts("{'staffCount':1,'endpoints':[],'devices':[{'id':'d','kind':'server','ports':[],"
        + "'adminCredential':{'fingerprint':['hunter2'],'factoryDefault':false,'fingerprnt':'hunter2'}}]}");
    for (String doc : List.of(unquoted, misplaced)) {
      assertThat(reject(doc).problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.render()).doesNotContain("hunter2"));
    }
    assertThat(reject(misplaced).problems()).extracting(EvidenceProblem::message).containsExactly(
        "facts.devices[0].adminCredential.fingerprint: expected a string, found a list",
        "facts.devices[0].adminCredential: unknown field `fingerprnt`; did you mean `fingerprint`?");
  }
}
