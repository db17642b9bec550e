package dev.kijun.collect.ledger;

import dev.kijun.collect.ledger.LedgerField.Choice;
import dev.kijun.collect.ledger.LedgerField.Type;
import java.util.List;

/**
 * The default header of a device ledger: one column per field of the {@code facility} schema's {@code Device} that a
 * ledger can hold (fields of nested records as {@code record.field}), recognised by a Japanese or an English name.
 * {@code adminCredential} is not a ledger column: it comes from {@code kijun fingerprint}'s output
 * ({@code --credentials}), so neither a password nor its fingerprint passes through a spreadsheet. A facility whose
 * columns are named otherwise gives a column mapping. A test keeps this list in step with the schema.
 */
public final class DeviceFields {
  private DeviceFields() {}

  /** The JSON property order of {@code Device} in the schema; output follows it. */
  public static final List<String> ORDER = List.of("id", "name", "kind", "adminCredential", "externalStorage",
      "lastSecurityPatch", "twoFactor", "introducedOrUpdatedOn", "timeSync", "tlsClient");

  /** The field filled from credentials rather than from a column. */
  public static final String CREDENTIAL = "adminCredential";

  private static final List<Choice> TLS_VERSIONS = List.of(
      new Choice("SSL3.0", "SSL3.0", List.of("SSLv3")),
      new Choice("TLS1.0", "TLS1.0", List.of("TLSv1")),
      new Choice("TLS1.1", "TLS1.1", List.of("TLSv1.1")),
      new Choice("TLS1.2", "TLS1.2", List.of("TLSv1.2")),
      new Choice("TLS1.3", "TLS1.3", List.of("TLSv1.3")));

  /** The default columns, in schema order (nested fields in their record's order). */
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
          List.of("最終パッチ適用日", "パッチ適用日", "lastSecurityPatch"), List.of()),
      new LedgerField("twoFactor", Type.ENUM, false, List.of("二要素認証", "twoFactor"), List.of(
          new Choice("none", "なし", List.of()),
          new Choice("privileged-only", "管理者のみ", List.of()),
          new Choice("all-users", "全利用者", List.of("全員")))),
      new LedgerField("introducedOrUpdatedOn", Type.DATE, false,
          List.of("導入・更新日", "導入日", "更新日", "introducedOrUpdatedOn"), List.of()),
      new LedgerField("timeSync.source", Type.STRING, true, List.of("時刻同期先", "timeSync.source"), List.of()),
      new LedgerField("timeSync.synchronized", Type.BOOLEAN, true, List.of("時刻同期済み", "timeSync.synchronized"),
          List.of()),
      new LedgerField("timeSync.offsetMillis", Type.INTEGER, false,
          List.of("時刻のずれ(ミリ秒)", "timeSync.offsetMillis"), List.of()),
      new LedgerField("tlsClient.versions", Type.ENUM_LIST, true,
          List.of("TLSバージョン(クライアント)", "tlsClient.versions"), TLS_VERSIONS),
      new LedgerField("tlsClient.cipherSuites", Type.STRING_LIST, true,
          List.of("暗号スイート(クライアント)", "tlsClient.cipherSuites"), List.of()));
}
