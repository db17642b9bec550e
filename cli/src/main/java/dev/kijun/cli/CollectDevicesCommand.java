package dev.kijun.cli;

import dev.kijun.collect.ledger.DeviceLedger;
import dev.kijun.collect.ledger.LedgerException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kijun collect devices --from LEDGER}: a facility's device ledger (CSV or xlsx) to the {@code devices}
 * evidence. Exit 0 with the evidence written; 2 with every problem named by its cell and nothing written.
 */
@Command(name = "devices", mixinStandardHelpOptions = true,
    description = "Read a device ledger (CSV in UTF-8 or Shift_JIS, or an Excel workbook) into the `devices` list of"
        + " the facility evidence schema. Columns are found by their headers (Japanese or English); --columns maps"
        + " other layouts; --credentials attaches the output of `kijun fingerprint` by device id.",
    footer = {"", "Default headers: 機器ID/id, 機器名/name, 種別/kind (サーバ, 端末PC, ネットワーク機器),",
        "  外部記憶媒体/externalStorage (禁止, 許可制, 制限なし), 最終パッチ適用日/lastSecurityPatch,",
        "  二要素認証/twoFactor (なし, 管理者のみ, 全利用者), 時刻同期先/timeSync.source, 時刻同期済み/timeSync.synchronized,",
        "  時刻のずれ(ミリ秒)/timeSync.offsetMillis, TLSバージョン(クライアント)/tlsClient.versions,",
        "  暗号スイート(クライアント)/tlsClient.cipherSuites (lists separated by , ; 、 or line breaks).",
        "Mapping file: {\"sheet\": \"台帳\", \"headerRow\": 2, \"columns\": {\"id\": \"資産番号\"},"
            + " \"values\": {\"kind\": {\"PC\": \"client-pc\"}}}"})
final class CollectDevicesCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "LEDGER", description = "the ledger: .csv, .xlsx or .xls")
  Path from;

  @Option(names = "--columns", paramLabel = "MAPPING", description = "a JSON column mapping for other layouts")
  Path columns;

  @Option(names = "--credentials", paramLabel = "FILE", description = "the output of `kijun fingerprint`")
  Path credentials;

  @Option(names = "--out", paramLabel = "FILE", description = "write the evidence here instead of standard output")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DeviceLedger.Result result;
    try {
      result = DeviceLedger.collect(new DeviceLedger.Inputs(from, Optional.ofNullable(columns),
          Optional.ofNullable(credentials)), LocalDate.now());
    } catch (LedgerException e) {
      e.problems().forEach(p -> err.println("kijun: " + p));
      err.println("kijun: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
          + "; nothing written");
      return Main.BAD_INPUT;
    }
    result.notes().forEach(n -> err.println("kijun: note: " + n));
    if (out == null) {
      spec.commandLine().getOut().print(result.json());
      spec.commandLine().getOut().flush();
    } else if (!AtomicOutput.write(out, result.json().getBytes(StandardCharsets.UTF_8),
        AtomicOutput.Readers.OWNER_ONLY, err)) {
      return Main.BAD_INPUT;
    }
    err.println("kijun: " + result.devices() + " device" + (result.devices() == 1 ? "" : "s")
        + (out == null ? "" : " written to " + out));
    return 0;
  }
}
