package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kijun.collect.ledger.PoiLogging;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kijun sheet} and {@code kijun answers} on the bundled checklists: a sheet written, filled through POI as a
 * facility's spreadsheet program would, read back and validated by the generated validators; last year's sheet
 * carried to this year's through {@code migrate}; the sheet opened by LibreOffice where it is installed.
 */
class SheetCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate CHECKED = LocalDate.of(2026, 10, 20);

  static {
    PoiLogging.quiet();
  }

  @TempDir
  Path dir;

  /** One row as a user fills it: the answer word, a target date (or null) and remarks (or null). */
  record Fill(String answer, LocalDate target, String remarks) {}

  /** Fills the rows whose ID cell names an entry of {@code rows}; returns the filled file. */
  static Path fill(Path sheet, Map<String, Fill> rows, Path out) throws Exception {
    try (InputStream in = Files.newInputStream(sheet); Workbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheetAt(0);
      for (Row row : s) {
        Cell id = row.getCell(1);
        Fill f = id == null ? null : rows.get(id.getStringCellValue());
        if (f == null) {
          continue;
        }
        row.getCell(4).setCellValue(f.answer());
        row.getCell(5).setCellValue(CHECKED);
        if (f.target() != null) {
          row.getCell(6).setCellValue(f.target());
        }
        if (f.remarks() != null) {
          row.getCell(7).setCellValue(f.remarks());
        }
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
    return out;
  }

  /** Item id to the cells E..H of its row, as text (dates as ISO dates), read with POI. */
  static Map<String, List<String>> rows(Path sheet) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(sheet); Workbook wb = new XSSFWorkbook(in)) {
      for (Row row : wb.getSheetAt(0)) {
        if (row.getRowNum() <= 5 || row.getCell(1) == null || row.getCell(1).getStringCellValue().isEmpty()) {
          continue;
        }
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 4; c <= 7; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : switch (cell.getCellType()) {
            case NUMERIC -> cell.getLocalDateTimeCellValue().toLocalDate().toString();
            case STRING -> cell.getStringCellValue();
            default -> "";
          });
        }
        out.put(row.getCell(1).getStringCellValue(), cells);
      }
    }
    return out;
  }

  static Map<String, String> outcomes(String validateJson) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode v : JSON.readTree(validateJson).path("reports").get(0).path("verdicts")) {
      out.put(v.path("requirement").asText().replace("mhlw-checklist@R7/", ""), v.path("outcome").asText());
    }
    return out;
  }

  @Test
  void anR7SheetFilledAndReadBackValidatesToTheExpectedVerdicts() throws Exception {
    Path sheet = dir.resolve("r7.xlsx");
    CliTest.Run w = CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--out",
        sheet.toString(), CliTest.GUIDELINES);
    assertThat(w.exit()).as(w.err()).isZero();
    assertThat(w.out()).contains("19 items");
    Path again = dir.resolve("again.xlsx");
    assertThat(CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--out",
        again.toString(), CliTest.GUIDELINES).exit()).isZero();
    assertThat(Files.readAllBytes(again)).as("deterministic").isEqualTo(Files.readAllBytes(sheet));
    Map<String, List<String>> empty = rows(sheet);
    assertThat(empty.keySet()).containsExactly("gate", "1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8",
        "2.9", "2.10", "2.11", "2.12", "2.13", "3.1", "3.2", "3.3", "4.1");

    Map<String, Fill> fills = new LinkedHashMap<>();
    for (String id : empty.keySet()) {
      fills.put(id, new Fill("はい", null, null));
    }
    fills.put("2.3", new Fill("いいえ", LocalDate.of(2027, 3, 31), "事業者に依頼済み"));
    fills.put("3.2", new Fill("該当なし", null, null));
    fills.remove("4.1");
    Path filled = fill(sheet, fills, dir.resolve("r7-filled.xlsx"));

    Path evidence = dir.resolve("hospital-r7.json");
    CliTest.Run a = CliTest.run("answers", "--from", filled.toString(), "--into", CliTest.EXAMPLES + "hospital.json",
        "--out", evidence.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.err()).contains("18 answers to mhlw-checklist@R7", "1 items unanswered",
        "the earlier answers in ../guidelines/examples/hospital.json are dropped: mhlw-checklist@R7/4.1");
    JsonNode answers = JSON.readTree(evidence.toFile()).path("answers");
    assertThat(answers.path("mhlw-checklist@R7/2.3").toString()).isEqualTo("{\"answer\":\"no\",\"checkedOn\":"
        + "\"2026-10-20\",\"targetDate\":\"2027-03-31\",\"document\":\"事業者に依頼済み\"}");

    CliTest.Run v = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--format", "json", "--exit-zero",
        evidence.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    Map<String, String> o = outcomes(v.out());
    assertThat(o.get("gate")).isEqualTo("satisfied");
    assertThat(o.get("2.3")).isEqualTo("not-satisfied");
    assertThat(o.get("3.2")).isEqualTo("not-applicable");
    assertThat(o.get("4.1")).isEqualTo("evidence-missing");
    assertThat(o.get("2.8")).as("the answer and the hospital's facts both pass").isEqualTo("satisfied");
    assertThat(o.values().stream().filter("satisfied"::equals).count()).isEqualTo(16);
  }

  @Test
  void eachFormHasItsOwnItemsAndWording() throws Exception {
    dev.kijun.compiler.model.Edition r7 = dev.kijun.compiler.KijunCompiler.compile(dev.kijun.compiler.Sources.read(
        List.of(Path.of(CliTest.GUIDELINES)), Path.of(""))).program().orElseThrow()
        .edition("mhlw-checklist@R7").orElseThrow();
    assertThat(r7.info().forms()).as("the R7 document block declares its forms").isNotEmpty();
    int ownWording = 0;
    for (dev.kijun.compiler.model.FormDef form : r7.info().forms()) {
      Path sheet = dir.resolve(form.name() + ".xlsx");
      CliTest.Run w = CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", form.name(), "--out",
          sheet.toString(), CliTest.GUIDELINES);
      assertThat(w.exit()).as(w.err()).isZero();
      Map<String, String> questions = new LinkedHashMap<>();
      try (InputStream in = Files.newInputStream(sheet); Workbook wb = new XSSFWorkbook(in)) {
        assertThat(wb.getSheetAt(0).getRow(1).getCell(4).getStringCellValue())
            .isEqualTo(form.title().ja() + " (" + form.name() + ")");
        for (Row row : wb.getSheetAt(0)) {
          if (row.getRowNum() > 5 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
            questions.put(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue());
          }
        }
      }
      List<String> expected = r7.requirements().stream().filter(form::includes)
          .filter(r -> r.checks().stream().anyMatch(dev.kijun.compiler.model.Check.Question.class::isInstance))
          .map(r -> r.id().clause()).toList();
      assertThat(questions.keySet()).as("items of form " + form.name()).containsExactlyElementsOf(expected);
      for (dev.kijun.compiler.model.Requirement r : r7.requirements()) {
        if (questions.containsKey(r.id().clause())) {
          dev.kijun.compiler.model.Check.Question q = r.checks().stream()
              .filter(dev.kijun.compiler.model.Check.Question.class::isInstance)
              .map(dev.kijun.compiler.model.Check.Question.class::cast).findFirst().orElseThrow();
          assertThat(questions.get(r.id().clause())).as(form.name() + " " + r.id().clause())
              .isEqualTo(q.askFor(form.name()).ja());
          ownWording += q.byForm().containsKey(form.name()) ? 1 : 0;
        }
      }
    }
    assertThat(ownWording).as("some items are worded per form, so the check above can tell").isPositive();
  }

  @Test
  void answersAreCheckedAndEveryMistakeIsNamedByItsCell() throws Exception {
    Path sheet = dir.resolve("r7.xlsx");
    CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--out", sheet.toString(),
        CliTest.GUIDELINES);
    Path filled = fill(sheet, Map.of("2.3", new Fill("いいえ", null, null), "2.4", new Fill("Yes!", null, null)),
        dir.resolve("bad.xlsx"));
    Path out = dir.resolve("answers.json");
    CliTest.Run a = CliTest.run("answers", "--from", filled.toString(), "--out", out.toString());
    assertThat(a.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(a.err()).contains(
        "bad.xlsx: チェックリスト!G13 (目標日): empty; いいえ needs a target date",
        "bad.xlsx: チェックリスト!E14 (回答): \"Yes!\" is not one of はい, いいえ, 該当なし",
        "2 problems; nothing written");
    assertThat(a.err()).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void wrongEditionFormOrFileIsBadInputWithoutATrace() throws Exception {
    Path out = dir.resolve("x.xlsx");
    CliTest.Run e = CliTest.run("sheet", "--edition", "mhlw-checklist@R9", "--form", "institution", "--out",
        out.toString(), CliTest.GUIDELINES);
    assertThat(e.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(e.err()).contains("no edition `mhlw-checklist@R9`");
    CliTest.Run f = CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "clinic", "--out",
        out.toString(), CliTest.GUIDELINES);
    assertThat(f.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(f.err()).contains("has no form `clinic`; its forms are institution, pharmacy, vendor");
    assertThat(out).doesNotExist();
    CliTest.Run m = CliTest.run("answers", "--from", CliTest.EXAMPLES + "clinic.json");
    assertThat(m.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(m.err()).contains("clinic.json: not an Excel workbook").doesNotContain("Exception");

    Path sheet = dir.resolve("r7.xlsx");
    assertThat(CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--out",
        sheet.toString(), CliTest.GUIDELINES).exit()).isZero();
    CliTest.Run wb = CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--answers",
        sheet.toString(), "--out", out.toString(), CliTest.GUIDELINES);
    assertThat(wb.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(wb.err()).contains("r7.xlsx: a workbook, not JSON");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"facts\": {\"devices\": [{\"adminCredential\": {\"fingerprint\": hmac-sha256:c0ffee}}]}}");
    CliTest.Run into = CliTest.run("answers", "--from", sheet.toString(), "--into", broken.toString());
    assertThat(into.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(into.err()).contains("broken.json:1:").contains("malformed JSON")
        .as("a secret in the evidence is not repeated").doesNotContain("c0ffee");
  }

  @Test
  void lastYearsSheetCarriesForwardThroughMigrateIntoThisYearsSheet() throws Exception {
    Path r6 = dir.resolve("r6.xlsx");
    CliTest.Run w = CliTest.run("sheet", "--edition", "mhlw-checklist@R6", "--form", "institution", "--out",
        r6.toString(), CliTest.GUIDELINES);
    assertThat(w.exit()).as(w.err()).isZero();
    Map<String, Fill> fills = new LinkedHashMap<>();
    for (String id : rows(r6).keySet()) {
      fills.put(id, new Fill("はい", null, null));
    }
    fills.put("2.3", new Fill("いいえ", LocalDate.of(2027, 3, 31), "MDS依頼中"));
    Path filled = fill(r6, fills, dir.resolve("r6-filled.xlsx"));
    Path answersR6 = dir.resolve("answers-r6.json");
    CliTest.Run a = CliTest.run("answers", "--from", filled.toString(), "--out", answersR6.toString());
    assertThat(a.exit()).as(a.err()).isZero();

    Path carried = dir.resolve("r7");
    CliTest.Run m = CliTest.run("migrate", "--from", "mhlw-checklist@R6", "--to", "mhlw-checklist@R7",
        answersR6.toString(), CliTest.GUIDELINES, "--out-dir", carried.toString());
    assertThat(m.exit()).as(m.err()).isZero();

    Path r7 = dir.resolve("r7.xlsx");
    CliTest.Run s = CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--answers",
        carried.resolve("answers-mhlw-checklist@R7.json").toString(), "--out", r7.toString(), CliTest.GUIDELINES);
    assertThat(s.exit()).as(s.err()).isZero();
    Map<String, List<String>> cells = rows(r7);
    assertThat(cells.get("2.3")).containsExactly("いいえ", "2026-10-20", "2027-03-31", "MDS依頼中");
    assertThat(cells.get("1.1")).containsExactly("はい", "2026-10-20", "", "");
    assertThat(cells.get("2.11")).as("R6 2.7 carried to its R7 number").containsExactly("はい", "2026-10-20", "", "");
    for (String added : List.of("2.7", "2.8", "2.9", "2.10", "4.1")) {
      assertThat(cells.get(added)).as("new in R7: asked, not answered").containsExactly("", "", "", "");
    }
    CliTest.Run back = CliTest.run("answers", "--from", r7.toString());
    assertThat(back.exit()).as(back.err()).isZero();
    assertThat(JSON.readTree(back.out()).path("answers").size()).isEqualTo(14);
    assertThat(back.err()).contains("5 items unanswered");
  }

  @Test
  void theSheetOpensInLibreOfficeWhereItIsInstalled() throws Exception {
    Path soffice = onPath("soffice");
    if (soffice == null) {
      System.err.println("SKIPPED theSheetOpensInLibreOfficeWhereItIsInstalled: LibreOffice (soffice) is not installed");
    }
    Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path sheet = dir.resolve("r7.xlsx");
    CliTest.run("sheet", "--edition", "mhlw-checklist@R7", "--form", "institution", "--out", sheet.toString(),
        CliTest.GUIDELINES);
    Path profile = dir.resolve("lo-profile");
    Path logFile = dir.resolve("soffice.log");
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", dir.toString(), sheet.toString()).redirectErrorStream(true)
        .redirectOutput(logFile.toFile()).start();
    boolean finished = p.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String log = Files.readString(logFile);
    assertThat(finished).as("soffice finished within 180 s: " + log).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    Path pdf = dir.resolve("r7.pdf");
    assertThat(pdf).as(log).exists();
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
