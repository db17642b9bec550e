package dev.kijun.collect.ledger;

import dev.kijun.collect.ledger.LedgerField.Choice;
import dev.kijun.collect.ledger.LedgerField.Type;
import java.util.List;

/**
 * The default header of a device ledger: one column per field of the {@code facility} schema's {@code Device} that a
 * ledger can hold, recognised by a Japanese or an English name. {@code adminCredential} is not a ledger column: it
 * comes from {@code kijun fingerprint}'s output ({@code --credentials}), so neither a password nor its fingerprint
 * ever passes through a spreadsheet. A facility whose columns are named otherwise gives a column mapping.
 */
public final class DeviceFields {
  private DeviceFields() {}

  /** The JSON property order of {@code Device} in the schema; output follows it. */
  public static final List<String> ORDER =
      List.of("id", "name", "kind", "adminCredential", "externalStorage", "lastSecurityPatch");

  /** The field filled from credentials rather than from a column. */
  public static final String CREDENTIAL = "adminCredential";

  /** The default columns, in schema order. */
  public static final List<LedgerField> DEFAULT = List.of(
      new LedgerField("id", Type.STRING, true, List.of("機器ID", "機器番号", "管理番号", "id"), List.of()),
      new LedgerField("name", Type.STRING, true, List.of("機器名", "名称", "name"), List.of()),
      new LedgerField("kind", Type.ENUM, true, List.of("種別", "機器種別", "kind"), List.of(
          new Choice("server", "サーバ", List.of("サーバー")),
          new Choice("client-pc", "端末PC", List.of("端末")),
          new Choice("network-device", "ネットワーク機器", List.of("NW機器")))),
      new LedgerField("externalStorage", Type.ENUM, false,
          List.of("外部記憶媒体", "外部記録媒体", "externalStorage"), List.of(
          new Choice("blocked", "禁止", List.of("接続不可")),
          new Choice("allowlist-only", "許可制", List.of("許可した媒体のみ")),
          new Choice("unrestricted", "制限なし", List.of()))),
      new LedgerField("lastSecurityPatch", Type.DATE, false,
          List.of("最終パッチ適用日", "パッチ適用日", "lastSecurityPatch"), List.of()));
}
