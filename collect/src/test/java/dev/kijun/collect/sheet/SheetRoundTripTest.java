package dev.kijun.collect.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.collect.ledger.LedgerException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A sheet written, filled through POI as a user's spreadsheet program would, and read back. */
class SheetRoundTripTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  static final ChecklistForm FORM = new ChecklistForm("mhlw-checklist@R7", "チェックリスト 令和7年度版", "institution",
      "医療機関確認用", LocalDate.of(2025, 5, 16), List.of(
          new ChecklistForm.Item("gate", "", "医療情報システムを運用していますか。", ""),
          new ChecklistForm.Heading("1", "体制構築"),
          new ChecklistForm.Item("1.1", "①", "責任者を決めていますか。", "医療情報システム全般"),
          new ChecklistForm.Heading("2", "管理・運用"),
          new ChecklistForm.Item("2.1", "①", "台帳がありますか。", "サーバ、端末PC、ネットワーク機器"),
          new ChecklistForm.Item("2.2", "②", "確認しましたか。", "サーバ")));

  /** One row as a user fills it: answer word, date checked, target date, remarks; a null leaves the cell alone. */
  record Fill(Object answer, Object checked, Object target, String remarks) {}

  static byte[] fill(byte[] sheet, Map<String, Fill> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet s = wb.getSheetAt(0);
      for (Row row : s) {
        Cell id = row.getCell(1);
        Fill f = id == null ? null : rows.get(id.toString());
        if (f == null) {
          continue;
        }
        set(row, 4, f.answer());
        set(row, 5, f.checked());
        set(row, 6, f.target());
        set(row, 7, f.remarks());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static void set(Row row, int column, Object value) {
    Cell c = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    if (value instanceof LocalDate d) {
      c.setCellValue(d);
    } else if (value instanceof String s) {
      c.setCellValue(s);
    }
  }

  static SheetReader.Result read(byte[] bytes) throws LedgerException {
    return SheetReader.read("r7.xlsx", bytes, Optional.of(Set.of("gate", "1.1", "2.1", "2.2")), TODAY);
  }

  static String problems(byte[] bytes) {
    try {
      read(bytes);
      throw new AssertionError("expected problems");
    } catch (LedgerException e) {
      return String.join("\n", e.problems());
    }
  }

  @Test
  void theSheetIsLaidOutLikeTheFormWithADropDownAndDateCells() throws Exception {
    byte[] bytes = SheetWriter.write(FORM, Map.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet s = wb.getSheet("チェックリスト");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("チェックリスト 令和7年度版(医療機関確認用)");
      assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("mhlw-checklist@R7");
      assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("医療機関確認用 (institution)");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains("言い換え", "公式の文言ではなく",
          "準拠を示すものではありません", "paraphrases", "not a claim of compliance");
      List<String> header = new java.util.ArrayList<>();
      s.getRow(5).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactly("番号", "ID", "確認項目", "対象", "回答", "確認日", "目標日", "備考");
      assertThat(s.getRow(6).getCell(1).getStringCellValue()).isEqualTo("gate");
      assertThat(s.getRow(7).getCell(2).getStringCellValue()).as("a section heading").isEqualTo("体制構築");
      assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("①");
      assertThat(s.getRow(10).getCell(2).getStringCellValue()).isEqualTo("台帳がありますか。");
      assertThat(s.getRow(10).getCell(3).getStringCellValue()).isEqualTo("サーバ、端末PC、ネットワーク機器");
      assertThat(s.getRow(10).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      List<? extends DataValidation> dv = s.getDataValidations();
      assertThat(dv).anySatisfy(v -> {
        assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("はい", "いいえ", "該当なし");
        assertThat(v.getRegions().getCellRangeAddresses()).extracting(a -> a.formatAsString())
            .containsExactly("E7", "E9", "E11", "E12");
      });
      assertThat(dv).as("date checks on both date columns").hasSize(3);
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("kijun");
      assertThat(wb.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(java.time.Instant.parse("2025-05-16T00:00:00Z")));
    }
  }

  @Test
  void theSameFormGivesTheSameBytes() throws Exception {
    byte[] a = SheetWriter.write(FORM, Map.of());
    Thread.sleep(1100); // a timestamp anywhere in the package would now differ
    byte[] b = SheetWriter.write(FORM, Map.of());
    assertThat(b).isEqualTo(a);
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(a))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
      }
    }
  }

  @Test
  void aFilledSheetReadsBackAsAnswers() throws Exception {
    byte[] filled = fill(SheetWriter.write(FORM, Map.of()), Map.of(
        "gate", new Fill("はい", LocalDate.of(2026, 10, 20), null, null),
        "1.1", new Fill("いいえ", LocalDate.of(2026, 10, 20), LocalDate.of(2027, 3, 31), "院内規程を改定予定"),
        "2.1", new Fill("該当なし", "2026/10/21", null, null)));
    SheetReader.Result r = read(filled);
    assertThat(r.editionKey()).isEqualTo("mhlw-checklist@R7");
    assertThat(r.items()).containsExactly("gate", "1.1", "2.1", "2.2");
    assertThat(r.answers()).containsExactly(
        new SheetAnswer("gate", Answer.YES, LocalDate.of(2026, 10, 20), Optional.empty(), Optional.empty()),
        new SheetAnswer("1.1", Answer.NO, LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2027, 3, 31)),
            Optional.of("院内規程を改定予定")),
        new SheetAnswer("2.1", Answer.NOT_APPLICABLE, LocalDate.of(2026, 10, 21), Optional.empty(), Optional.empty()));
    assertThat(AnswersJson.write(r).json()).isEqualTo("""
        {
          "answers": {
            "mhlw-checklist@R7/gate": {
              "answer": "yes",
              "checkedOn": "2026-10-20"
            },
            "mhlw-checklist@R7/1.1": {
              "answer": "no",
              "checkedOn": "2026-10-20",
              "targetDate": "2027-03-31",
              "document": "院内規程を改定予定"
            },
            "mhlw-checklist@R7/2.1": {
              "answer": "not-applicable",
              "checkedOn": "2026-10-21"
            }
          }
        }
        """);
  }

  @Test
  void everyMistakeIsNamedByItsCell() throws Exception {
    byte[] filled = fill(SheetWriter.write(FORM, Map.of()), Map.of(
        "gate", new Fill("たぶん", null, null, null),
        "1.1", new Fill("いいえ", LocalDate.of(2026, 10, 20), null, null),
        "2.1", new Fill("はい", LocalDate.of(2027, 1, 1), "2026-13-01", null),
        "2.2", new Fill(null, LocalDate.of(2026, 10, 20), null, null)));
    assertThat(problems(filled)).isEqualTo(String.join("\n",
        "r7.xlsx: チェックリスト!E7 (回答): \"たぶん\" is not one of はい, いいえ, 該当なし",
        "r7.xlsx: チェックリスト!F7 (確認日): empty; every answer needs the date it was checked",
        "r7.xlsx: チェックリスト!G9 (目標日): empty; いいえ needs a target date (the date by which the item will be done)",
        "r7.xlsx: チェックリスト!F11 (確認日): 2027-01-01 is in the future (today is 2026-11-01)",
        "r7.xlsx: チェックリスト!G11 (目標日): \"2026-13-01\" is not a date of the calendar",
        "r7.xlsx: チェックリスト!E12 (回答): empty, but 確認日 is filled; choose はい, いいえ or 該当なし (or clear the row)"));
    byte[] early = fill(SheetWriter.write(FORM, Map.of()), Map.of(
        "1.1", new Fill("いいえ", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 4, 1), null)));
    assertThat(problems(early)).isEqualTo(
        "r7.xlsx: チェックリスト!G9 (目標日): 2026-04-01 is before the date checked (2026-10-20)");
  }

  @Test
  void anIdTheEditionDoesNotHaveIsRefused() throws Exception {
    byte[] sheet = SheetWriter.write(new ChecklistForm("mhlw-checklist@R7", "t", "institution", "f",
        LocalDate.of(2025, 5, 16), List.of(new ChecklistForm.Item("9.9", "⑨", "q", ""),
            new ChecklistForm.Item("1.1", "①", "q", ""), new ChecklistForm.Item("1.1", "①", "q", ""))), Map.of());
    assertThat(problems(sheet)).isEqualTo(String.join("\n",
        "r7.xlsx: チェックリスト!B7 (ID): `9.9` is not a question of mhlw-checklist@R7",
        "r7.xlsx: チェックリスト!B9 (ID): item 1.1 is already on row B8"));
  }

  @Test
  void aWorkbookThatIsNotAKijunSheetIsNamedAsSuch() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("x").createRow(0).createCell(0).setCellValue("hello");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      assertThat(problems(out.toByteArray())).startsWith("r7.xlsx: not a kijun checklist sheet");
    }
    assertThat(problems("a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("r7.xlsx: not an Excel workbook; give the .xlsx written by `kijun sheet`");
  }

  @Test
  void answersGivenToTheWriterAreFilledInAndReadBackUnchanged() throws Exception {
    SheetAnswer gate = new SheetAnswer("gate", Answer.YES, LocalDate.of(2025, 10, 1), Optional.empty(),
        Optional.of("前年度"));
    SheetAnswer no = new SheetAnswer("2.2", Answer.NO, LocalDate.of(2025, 10, 1),
        Optional.of(LocalDate.of(2026, 3, 31)), Optional.empty());
    byte[] sheet = SheetWriter.write(FORM, Map.of("gate", gate, "2.2", no));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).contains("前年度の回答から引き継いだ");
    }
    assertThat(read(sheet).answers()).containsExactly(gate, no);
  }

  @Test
  void intoAnEvidenceFileReplacesTheSheetsItemsAndKeepsTheRest() throws Exception {
    byte[] filled = fill(SheetWriter.write(FORM, Map.of()), Map.of(
        "gate", new Fill("はい", LocalDate.of(2026, 10, 20), null, null)));
    String evidence = "{\"facility\": {\"name\": \"x\", \"kind\": \"medical-institution\"}, \"answers\": {"
        + "\"mhlw-checklist@R6/gate\": {\"answer\": \"yes\", \"checkedOn\": \"2025-10-01\"},"
        + "\"mhlw-checklist@R7/gate\": {\"answer\": \"no\", \"checkedOn\": \"2025-10-01\"},"
        + "\"mhlw-checklist@R7/2.2\": {\"answer\": \"yes\", \"checkedOn\": \"2025-10-01\"}}}";
    AnswersJson.Written w = AnswersJson.into("e.json", evidence, read(filled));
    assertThat(w.written()).isEqualTo(1);
    assertThat(w.replaced()).isEqualTo(1);
    assertThat(w.cleared()).containsExactly("mhlw-checklist@R7/2.2");
    com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.json());
    assertThat(j.path("facility").path("name").asText()).isEqualTo("x");
    assertThat(j.path("answers").fieldNames()).toIterable()
        .containsExactly("mhlw-checklist@R6/gate", "mhlw-checklist@R7/gate");
    assertThat(j.at("/answers/mhlw-checklist@R7~1gate/answer").asText()).isEqualTo("yes");
    assertThatThrownBy(() -> AnswersJson.into("e.json", "{\"answers\": [1]}", read(filled)))
        .hasMessage("e.json: `answers` must be an object keyed by clause names");
  }
}
