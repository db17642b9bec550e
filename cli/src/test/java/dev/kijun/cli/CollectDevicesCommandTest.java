package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.collect.ledger.DeviceFields;
import dev.kijun.collect.ledger.LedgerField;
import dev.kijun.generated.evidence.facility.Device;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kijun collect devices} end to end: a ledger and fingerprints in, evidence out that the generated validators
 * read; the default header kept in step with the schema's {@code Device}.
 */
class CollectDevicesCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void theDefaultHeaderCoversEveryDeviceFieldOfTheSchema() throws Exception {
    assertThat(DeviceFields.ORDER).as("Device's fields, in schema order: add a column to DeviceFields for a new field")
        .isEqualTo(Arrays.stream(Device.class.getRecordComponents()).map(CollectDevicesCommandTest::jsonName).toList());
    Map<String, Class<?>> leaves = new LinkedHashMap<>();
    for (RecordComponent c : Device.class.getRecordComponents()) {
      if (jsonName(c).equals(DeviceFields.CREDENTIAL)) {
        continue;
      }
      if (c.getType().isRecord()) {
        for (RecordComponent n : c.getType().getRecordComponents()) {
          leaves.put(jsonName(c) + "." + jsonName(n), elementType(n));
        }
      } else {
        leaves.put(jsonName(c), elementType(c));
      }
    }
    assertThat(DeviceFields.DEFAULT).extracting(LedgerField::name).as("one ledger column per leaf field of Device")
        .containsExactlyElementsOf(leaves.keySet());
    for (LedgerField f : DeviceFields.DEFAULT) {
      Class<?> type = leaves.get(f.name());
      if (type.isEnum()) {
        List<String> schemaValues = Arrays.stream(type.getFields()).filter(java.lang.reflect.Field::isEnumConstant)
            .map(x -> x.getAnnotation(JsonProperty.class).value()).toList();
        assertThat(f.choices()).extracting(LedgerField.Choice::json).as("values of " + f.name())
            .containsExactlyElementsOf(schemaValues);
      }
    }
  }

  private static String jsonName(RecordComponent c) {
    JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
    return p != null ? p.value() : c.getName();
  }

  /** The component's type, or its element type for a list. */
  private static Class<?> elementType(RecordComponent c) {
    if (c.getGenericType() instanceof ParameterizedType p && p.getRawType() == List.class) {
      return (Class<?>) p.getActualTypeArguments()[0];
    }
    return c.getType();
  }

  @Test
  void aLedgerAndFingerprintsBecomeDevicesTheValidatorsJudge() throws Exception {
    Path key = dir.resolve("facility.key");
    assertThat(CliTest.run("fingerprint", "--new-key", key.toString()).exit()).isZero();
    Path passwords = dir.resolve("passwords.tsv");
    Files.writeString(passwords, "srv-emr\tShared-Pw-2026!\nsrv-receipt\tShared-Pw-2026!\npc-1\tOwn-Pw-77?\n",
        StandardCharsets.UTF_8);
    Path creds = dir.resolve("credentials.json");
    assertThat(CliTest.run("fingerprint", "--key", key.toString(), "--from", passwords.toString(), "--out",
        creds.toString()).exit()).isZero();
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, "\uFEFF機器ID,機器名,種別,外部記憶媒体,最終パッチ適用日,設置場所,二要素認証,時刻同期先,"
        + "時刻同期済み,TLSバージョン(クライアント),暗号スイート(クライアント)\r\n"
        + "srv-emr,電子カルテサーバ,サーバ,禁止,2026/10/10,サーバ室,全利用者,ntp.nict.jp,はい,,\r\n"
        + "srv-receipt,レセプトコンピュータ,サーバ,許可制,2026/10/01,受付,管理者のみ,,,,\r\n"
        + "pc-1,受付PC,端末PC,制限なし,2026/10/15,受付,なし,srv-emr,いいえ,TLS1.2;TLS1.3,"
        + "TLS_AES_128_GCM_SHA256\r\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("devices.json");
    CliTest.Run r = CliTest.run("collect", "devices", "--from", ledger.toString(), "--credentials", creds.toString(),
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("3 devices written", "columns not read: 設置場所 (F)");

    ObjectNode evidence = (ObjectNode) JSON.readTree(Path.of(CliTest.EXAMPLES + "hospital.json").toFile());
    ((ObjectNode) evidence.get("facts")).set("devices", JSON.readTree(out.toFile()).get("devices"));
    Path file = dir.resolve("evidence.json");
    Files.writeString(file, JSON.writeValueAsString(evidence), StandardCharsets.UTF_8);
    CliTest.Run v = CliTest.run("validate", "--edition", "mhlw-checklist@R7", "--exit-zero", file.toString());
    assertThat(v.exit()).as("the loader accepts every field the ledger wrote: " + v.err()).isZero();
    assertThat(v.out()).contains("mhlw-checklist@R7/2.8  not-satisfied", "devices[0].adminCredential.fingerprint",
        "mhlw-checklist@R7/2.9  not-satisfied", "devices[2].externalStorage");
    assertThat(v.out() + r.err() + Files.readString(out)).doesNotContain("Shared-Pw-2026!", "Own-Pw-77?");
  }

  @Test
  void mistakesExitTwoNameTheCellAndWriteNothing() throws Exception {
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, "機器ID,機器名,種別\nsrv-1,EMR,PC\n,,\npc-1,受付,端末PC\npc-1,受付2,端末PC\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("devices.json");
    CliTest.Run r = CliTest.run("collect", "devices", "--from", ledger.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("ledger.csv: C2 (種別): \"PC\" is not one of サーバ, 端末PC, ネットワーク機器",
        "ledger.csv: A5 (機器ID): \"pc-1\" is already the id of the device in A4", "2 problems; nothing written");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
    assertThat(r.out()).isEmpty();
    CliTest.Run missing = CliTest.run("collect", "devices", "--from", dir.resolve("none.xlsx").toString());
    assertThat(missing.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("none.xlsx: no such file");
  }
}
