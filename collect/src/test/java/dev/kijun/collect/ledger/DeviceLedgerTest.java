package dev.kijun.collect.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ledgers in, {@code devices} out: the default header, mappings, credentials, and every mistake named by cell. */
class DeviceLedgerTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
  static final ObjectMapper JSON = new ObjectMapper();
  static final String HEADER = "機器ID,機器名,種別,外部記憶媒体,最終パッチ適用日\n";

  @TempDir
  Path dir;

  Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  DeviceLedger.Result collect(Path ledger) throws Exception {
    return DeviceLedger.collect(new DeviceLedger.Inputs(ledger, Optional.empty(), Optional.empty()), TODAY);
  }

  static String problems(Path ledger, Optional<Path> columns, Optional<Path> credentials) {
    try {
      DeviceLedger.collect(new DeviceLedger.Inputs(ledger, columns, credentials), TODAY);
      throw new AssertionError("expected problems");
    } catch (LedgerException e) {
      // Messages name files as given (here absolute temp paths); the tests compare what follows the folder.
      String all = String.join("\n", e.problems());
      for (Optional<Path> p : java.util.List.of(Optional.of(ledger), columns, credentials)) {
        if (p.isPresent()) {
          all = all.replace(p.get().getParent().toString().replace('\\', '/') + "/", "");
        }
      }
      return all;
    }
  }

  @Test
  void theDefaultJapaneseHeaderGivesDevicesInSchemaOrder() throws Exception {
    Path l = file("ledger.csv", "IT機器台帳 2026-10\n\n" + HEADER
        + "srv-emr,電子カルテサーバ,サーバ,禁止,2026/10/10\n"
        + "pc-1,受付PC,端末ＰＣ,許可制,2026年9月1日\n"
        + ",,,,\n"
        + "rt-1,ルータ,ネットワーク機器,,\n");
    DeviceLedger.Result r = collect(l);
    assertThat(r.devices()).isEqualTo(3);
    assertThat(r.json()).isEqualTo("""
        {
          "devices": [
            {
              "id": "srv-emr",
              "name": "電子カルテサーバ",
              "kind": "server",
              "externalStorage": "blocked",
              "lastSecurityPatch": "2026-10-10"
            },
            {
              "id": "pc-1",
              "name": "受付PC",
              "kind": "client-pc",
              "externalStorage": "allowlist-only",
              "lastSecurityPatch": "2026-09-01"
            },
            {
              "id": "rt-1",
              "name": "ルータ",
              "kind": "network-device"
            }
          ]
        }
        """);
  }

  @Test
  void englishHeadersInAnyOrderAndTheSchemasOwnValues() throws Exception {
    Path l = file("ledger.csv", "lastSecurityPatch,kind,name,id\n2026-10-01,server,EMR,srv-1\n");
    JsonNode d = JSON.readTree(collect(l).json()).get("devices").get(0);
    assertThat(d.toString()).isEqualTo(
        "{\"id\":\"srv-1\",\"name\":\"EMR\",\"kind\":\"server\",\"lastSecurityPatch\":\"2026-10-01\"}");
    assertThat(collect(l).notes()).anySatisfy(n -> assertThat(n).contains("no column for externalStorage"));
  }

  @Test
  void everyMistakeIsNamedByItsCellAndNothingIsWritten() throws Exception {
    Path l = file("ledger.csv", HEADER
        + "srv-1,EMR,PC,禁止,2026-02-30\n"
        + "pc-1,,端末PC,自由,2030-01-01\n"
        + "srv-1,Receipt,サーバ,,2026/10/1\n");
    assertThat(problems(l, Optional.empty(), Optional.empty())).isEqualTo(String.join("\n",
        "ledger.csv: C2 (種別): \"PC\" is not one of サーバ, 端末PC, ネットワーク機器 (or server, client-pc, network-device)",
        "ledger.csv: E2 (最終パッチ適用日): \"2026-02-30\" is not a date of the calendar",
        "ledger.csv: B3 (機器名): empty, but every device needs its name",
        "ledger.csv: D3 (外部記憶媒体): \"自由\" is not one of 禁止, 許可制, 制限なし (or blocked, allowlist-only, unrestricted)",
        "ledger.csv: E3 (最終パッチ適用日): 2030-01-01 is in the future (today is 2026-11-01)",
        "ledger.csv: A4 (機器ID): \"srv-1\" is already the id of the device in A2; device ids must be unique"));
  }

  @Test
  void aMissingRequiredColumnOrHeaderIsNamed() throws Exception {
    assertThat(problems(file("a.csv", "機器ID,名称\nx,y\n"), Optional.empty(), Optional.empty()))
        .isEqualTo("a.csv: row 1: no column for kind (a header named 種別, 機器種別 or kind); name it with --columns");
    assertThat(problems(file("b.csv", "asset,what\nx,y\n"), Optional.empty(), Optional.empty()))
        .isEqualTo("b.csv: no header row: none of the first 30 rows has a column named 機器ID, 機器番号, 管理番号 or id;"
            + " name the id column with --columns");
    assertThat(problems(file("c.csv", "id,name,kind,種別\n"), Optional.empty(), Optional.empty()))
        .isEqualTo("c.csv: D1 (種別): a second column for kind; the first is C (kind)");
  }

  static final String NEWER = "機器ID,機器名,種別,二要素認証,時刻同期先,時刻同期済み,時刻のずれ(ミリ秒),"
      + "TLSバージョン(クライアント),暗号スイート(クライアント)\n";

  @Test
  void nestedRecordsBooleansWholeNumbersAndLists() throws Exception {
    Path l = file("ledger.csv", NEWER
        + "srv-1,EMR,サーバ,管理者のみ,ntp.nict.jp,はい,-12,\"TLS1.2, TLS 1.3\","
        + "TLS_AES_128_GCM_SHA256;TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n"
        + "pc-1,受付,端末PC,なし,,,,,\n");
    JsonNode d = JSON.readTree(collect(l).json()).get("devices");
    assertThat(d.get(0).toString()).isEqualTo("{\"id\":\"srv-1\",\"name\":\"EMR\",\"kind\":\"server\","
        + "\"twoFactor\":\"privileged-only\",\"timeSync\":{\"source\":\"ntp.nict.jp\",\"synchronized\":true,"
        + "\"offsetMillis\":-12},\"tlsClient\":{\"versions\":[\"TLS1.2\",\"TLS1.3\"],\"cipherSuites\":"
        + "[\"TLS_AES_128_GCM_SHA256\",\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"]}}");
    assertThat(d.get(1).toString()).as("no nested record when none of its cells is filled")
        .isEqualTo("{\"id\":\"pc-1\",\"name\":\"受付\",\"kind\":\"client-pc\",\"twoFactor\":\"none\"}");
  }

  @Test
  void aPartlyFilledNestedRecordNamesTheCellsItLacks() throws Exception {
    Path l = file("ledger.csv", NEWER + "srv-1,EMR,サーバ,,ntp.nict.jp,,12.5,TLS1.4,\n");
    assertThat(problems(l, Optional.empty(), Optional.empty())).isEqualTo(String.join("\n",
        "ledger.csv: F2 (時刻同期済み): empty, but a timeSync needs its synchronized when any of its columns is filled",
        "ledger.csv: G2 (時刻のずれ(ミリ秒)): \"12.5\" is not a whole number",
        "ledger.csv: H2 (TLSバージョン(クライアント)): \"TLS1.4\" is not one of SSL3.0, TLS1.0, TLS1.1, TLS1.2, TLS1.3",
        "ledger.csv: I2 (暗号スイート(クライアント)): empty, but a tlsClient needs its cipherSuites when any of its"
            + " columns is filled"));
    Path half = file("half.csv", "id,name,kind,時刻同期先\nx,y,server,ntp\n");
    assertThat(problems(half, Optional.empty(), Optional.empty())).isEqualTo("half.csv: row 1: no column for"
        + " timeSync.synchronized (a header named 時刻同期済み or timeSync.synchronized), which a timeSync needs beside"
        + " the timeSync columns present; name it with --columns");
  }

  @Test
  void aPasswordColumnIsNeverReadAndTheUserIsTold() throws Exception {
    Path l = file("ledger.csv", "機器ID,機器名,種別,管理者パスワード\nsrv-1,EMR,サーバ,Secret-123\n");
    DeviceLedger.Result r = collect(l);
    assertThat(r.json()).doesNotContain("Secret-123");
    assertThat(String.join("\n", r.notes())).contains("D1 (管理者パスワード): this column is not read")
        .doesNotContain("Secret-123");
  }

  @Test
  void aColumnMappingRenamesColumnsAndAddsWords() throws Exception {
    Path l = file("ledger.csv", "資産台帳\n資産番号,品名,分類\nA-001,EMR,PC\nA-002,Switch,スイッチ\n");
    Path m = file("map.json", "{\"headerRow\": 2, \"columns\": {\"id\": \"資産番号\", \"name\": [\"品名\", \"機器名\"],"
        + " \"kind\": \"分類\"}, \"values\": {\"kind\": {\"PC\": \"client-pc\", \"スイッチ\": \"network-device\"}}}");
    DeviceLedger.Result r = DeviceLedger.collect(new DeviceLedger.Inputs(l, Optional.of(m), Optional.empty()), TODAY);
    JsonNode devices = JSON.readTree(r.json()).get("devices");
    assertThat(devices.get(0).get("kind").asText()).isEqualTo("client-pc");
    assertThat(devices.get(1).get("kind").asText()).isEqualTo("network-device");
    assertThat(devices.get(1).get("id").asText()).isEqualTo("A-002");
  }

  @Test
  void mistakesInAMappingAreNamedByTheirJsonPath() throws Exception {
    Path l = file("ledger.csv", HEADER);
    Path m = file("map.json", "{\"column\": {}, \"headerRow\": 0, \"columns\": {\"kindd\": \"x\", \"name\": 3},"
        + " \"values\": {\"name\": {}, \"kind\": {\"PC\": \"pc\"}}}");
    assertThat(problems(l, Optional.of(m), Optional.empty())).isEqualTo(String.join("\n",
        "map.json: `column`: unknown key; the keys are sheet, headerRow, columns and values",
        "map.json: `headerRow`: expected a row number (1 for the first row)",
        "map.json: `columns.kindd`: `kindd` is not a ledger field; the fields are id, name, kind, externalStorage,"
            + " lastSecurityPatch, twoFactor, introducedOrUpdatedOn, timeSync.source, timeSync.synchronized, timeSync.offsetMillis,"
            + " tlsClient.versions, tlsClient.cipherSuites",
        "map.json: `columns.name`: expected a header name, or a list of header names",
        "map.json: `values.name`: `name` is not a field with a fixed set of values",
        "map.json: `values.kind.PC`: expected one of server, client-pc, network-device"));
    assertThat(problems(l, Optional.of(file("bad.json", "{\"columns\": {\"id\": \"a\", \"id\": \"b\"}}")),
        Optional.empty())).startsWith("bad.json:1:").contains("Duplicate field 'id'");
  }

  @Test
  void credentialsAreAttachedByDeviceIdAndStrayOnesAreErrors() throws Exception {
    Path l = file("ledger.csv", HEADER + "srv-1,EMR,サーバ,禁止,2026-10-10\npc-1,受付,端末PC,禁止,\n");
    Path c = file("creds.json", "{\"credentials\": {\"srv-1\": {\"fingerprint\": \"hmac-sha256:aa\","
        + " \"factoryDefault\": false}}}");
    DeviceLedger.Result r = DeviceLedger.collect(new DeviceLedger.Inputs(l, Optional.empty(), Optional.of(c)), TODAY);
    JsonNode devices = JSON.readTree(r.json()).get("devices");
    assertThat(devices.get(0).toString()).isEqualTo("{\"id\":\"srv-1\",\"name\":\"EMR\",\"kind\":\"server\","
        + "\"adminCredential\":{\"fingerprint\":\"hmac-sha256:aa\",\"factoryDefault\":false},"
        + "\"externalStorage\":\"blocked\",\"lastSecurityPatch\":\"2026-10-10\"}");
    assertThat(devices.get(1).has("adminCredential")).isFalse();
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("1 device(s) without a credential", "pc-1"));

    Path stray = file("stray.json", "{\"credentials\": {\"srv-9\": {\"fingerprint\": \"hmac-sha256:bb\","
        + " \"factoryDefault\": true}, \"pc-1\": {\"fingerprint\": 3}}}");
    String p = problems(l, Optional.empty(), Optional.of(stray));
    assertThat(p).isEqualTo("stray.json: credentials[\"pc-1\"]: expected exactly `fingerprint` (text) and"
        + " `factoryDefault` (true or false)");
    Path unknown = file("unknown.json", "{\"credentials\": {\"srv-9\": {\"fingerprint\": \"hmac-sha256:bb\","
        + " \"factoryDefault\": true}}}");
    assertThat(problems(l, Optional.empty(), Optional.of(unknown)))
        .isEqualTo("unknown.json: credentials[\"srv-9\"]: no device `srv-9` in the ledger")
        .doesNotContain("hmac-sha256:bb");
  }

  @Test
  void problemsOfTheLedgerAndOfTheCredentialsAreReportedTogether() throws Exception {
    Path l = file("ledger.csv", HEADER + "srv-1,EMR,PC,,\n");
    Path c = file("creds.json", "{\"credentials\": []}");
    assertThat(problems(l, Optional.empty(), Optional.of(c)).split("\n")).hasSize(2);
  }

  @Test
  void shiftJisLedgerFromJapaneseExcel() throws Exception {
    Path l = dir.resolve("sjis.csv");
    Files.write(l, (HEADER + "srv-1,電子カルテサーバ,サーバ,禁止,2026/10/10\r\n").getBytes(Charset.forName("windows-31j")));
    DeviceLedger.Result r = collect(l);
    assertThat(JSON.readTree(r.json()).at("/devices/0/name").asText()).isEqualTo("電子カルテサーバ");
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("Shift_JIS (CP932)"));
  }

  @Test
  void aWorkbookWithDateCellsNumbersAndTitleRows(@TempDir Path d) throws Exception {
    Path l = d.resolve("ledger.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(l)) {
      Sheet s = wb.createSheet("機器台帳");
      s.createRow(0).createCell(0).setCellValue("IT機器台帳");
      Row h = s.createRow(2);
      String[] header = {"機器ID", "機器名", "種別", "外部記憶媒体", "最終パッチ適用日", "設置場所"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Row a = s.createRow(3);
      a.createCell(0).setCellValue(1001);
      a.createCell(1).setCellValue("EMR");
      a.createCell(2).setCellValue("サーバー");
      a.createCell(3).setCellValue("禁止");
      a.createCell(4).setCellValue(LocalDate.of(2026, 10, 10));
      a.getCell(4).setCellStyle(date);
      a.createCell(5).setCellValue("2F");
      Row b = s.createRow(4);
      b.createCell(0).setCellValue("pc-1");
      b.createCell(1).setCellValue("PC");
      b.createCell(2).setCellValue("PC");
      b.createCell(4).setCellValue(46000);
      Row c = s.createRow(5);
      c.createCell(0).setCellValue("pc-2");
      c.createCell(1).setCellFormula("1/0");
      c.createCell(2).setCellValue("端末PC");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    assertThat(problems(l, Optional.empty(), Optional.empty())).isEqualTo(String.join("\n",
        "ledger.xlsx: 機器台帳!C5 (種別): \"PC\" is not one of サーバ, 端末PC, ネットワーク機器 (or server, client-pc,"
            + " network-device)",
        "ledger.xlsx: 機器台帳!E5 (最終パッチ適用日): a number, not a date; format the cell as a date or write it as"
            + " 2026-10-10",
        "ledger.xlsx: 機器台帳!B6 (機器名): the formula gives #DIV/0!, not a value"));
    try (Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(l.toFile(), null, false);
        OutputStream out = Files.newOutputStream(d.resolve("fixed.xlsx"))) {
      wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(4));
      wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(5));
      wb.write(out);
    }
    JsonNode dev = JSON.readTree(collect(d.resolve("fixed.xlsx")).json()).get("devices");
    assertThat(dev).hasSize(1);
    assertThat(dev.get(0).toString()).isEqualTo("{\"id\":\"1001\",\"name\":\"EMR\",\"kind\":\"server\","
        + "\"externalStorage\":\"blocked\",\"lastSecurityPatch\":\"2026-10-10\"}");
  }

  @Test
  void aSheetNamedByTheMappingAndFilesThatAreNotWorkbooks(@TempDir Path d) throws Exception {
    Path l = d.resolve("ledger.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(l)) {
      wb.createSheet("表紙").createRow(0).createCell(0).setCellValue("cover");
      Sheet s = wb.createSheet("台帳 2026");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("id");
      h.createCell(1).setCellValue("name");
      h.createCell(2).setCellValue("kind");
      Row a = s.createRow(1);
      a.createCell(0).setCellValue("x");
      a.createCell(1).setCellValue("y");
      a.createCell(2).setCellValue("z");
      wb.write(out);
    }
    Path m = file("m.json", "{\"sheet\": \"台帳 2026\"}");
    assertThat(problems(l, Optional.of(m), Optional.empty())).startsWith("ledger.xlsx: '台帳 2026'!C2 (kind): \"z\"");
    Path none = file("none.json", "{\"sheet\": \"Sheet9\"}");
    assertThat(problems(l, Optional.of(none), Optional.empty()))
        .isEqualTo("ledger.xlsx: no sheet named `Sheet9`; the workbook has 表紙, 台帳 2026");
    Path fake = d.resolve("fake.xlsx");
    Files.write(fake, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
    assertThat(problems(fake, Optional.empty(), Optional.empty())).startsWith("fake.xlsx: not a readable Excel workbook");
    assertThat(problems(d.resolve("missing.csv"), Optional.empty(), Optional.empty()))
        .isEqualTo("missing.csv: no such file");
  }
}
