package dev.kijun.cli;

import dev.kijun.collect.ledger.LedgerException;
import dev.kijun.collect.ledger.SpreadsheetFile;
import dev.kijun.collect.sheet.AnswersJson;
import dev.kijun.collect.sheet.SheetReader;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kijun answers --from SHEET [--into EVIDENCE] [--out FILE]}: a filled checklist sheet back into the
 * {@code answers} of the evidence envelope. Exit 0 with the JSON written; 2 with every problem named by its cell
 * and nothing written.
 */
@Command(name = "answers", mixinStandardHelpOptions = true,
    description = "Read a checklist sheet written by `kijun sheet` and filled in, and write its answers as the"
        + " evidence envelope's `answers` (keys <edition>/<item>): into an evidence file with --into (the sheet's items"
        + " replace their earlier answers, everything else is kept), or alone as {\"answers\": …}, which `kijun"
        + " migrate` reads.",
    footer = {"", "Every answer needs the date it was checked; いいえ also needs a target date on or after it."})
final class AnswersCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "SHEET", description = "the filled .xlsx sheet")
  Path from;

  @Option(names = "--into", paramLabel = "EVIDENCE", description = "an evidence file to put the answers into")
  Path into;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String sheetName = name(from);
    SheetReader.Result sheet;
    AnswersJson.Written written;
    try {
      byte[] bytes = SpreadsheetFile.bytes(from, sheetName);
      sheet = SheetReader.read(sheetName, bytes, Optional.empty(), LocalDate.now());
      Optional<Set<String>> known = questions(sheet.editionKey());
      if (known.isPresent()) {
        sheet = SheetReader.read(sheetName, bytes, known, LocalDate.now());
      } else {
        err.println("kijun: note: `" + sheet.editionKey() + "` is not compiled into this kijun; item ids were not"
            + " checked against it");
      }
      if (into == null) {
        written = AnswersJson.write(sheet);
      } else {
        byte[] evidence = SpreadsheetFile.bytes(into, name(into));
        if (SpreadsheetFile.isWorkbook(evidence)) {
          throw new LedgerException(name(into) + ": a workbook, not an evidence file (JSON)");
        }
        written = AnswersJson.into(name(into), new String(evidence, StandardCharsets.UTF_8), sheet);
      }
    } catch (LedgerException e) {
      e.problems().forEach(p -> err.println("kijun: " + p));
      err.println("kijun: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
          + "; nothing written");
      return Main.BAD_INPUT;
    }
    if (out == null) {
      spec.commandLine().getOut().print(written.json());
      spec.commandLine().getOut().flush();
    } else if (!AtomicOutput.write(out, written.json().getBytes(StandardCharsets.UTF_8),
        AtomicOutput.Readers.OWNER_ONLY, err)) {
      return Main.BAD_INPUT;
    }
    int unanswered = sheet.items().size() - written.written();
    err.println("kijun: " + written.written() + " answers to " + sheet.editionKey() + " from " + sheetName
        + (into == null ? "" : " into " + name(into) + " (" + written.replaced() + " replaced)")
        + (unanswered == 0 ? "" : "; " + unanswered + " items unanswered"));
    if (!written.cleared().isEmpty()) {
      err.println("kijun: note: blank on the sheet, so the earlier answers in " + name(into) + " are dropped: "
          + String.join(", ", written.cleared()));
    }
    return 0;
  }

  /** The ids of the edition's questions, when the edition is compiled into kijun. */
  private static Optional<Set<String>> questions(String key) {
    return Editions.find(key).map(AnswersCommand::questionIds);
  }

  private static Set<String> questionIds(Edition<?> e) {
    return e.validators().stream().filter(v -> v.info().checks().stream().anyMatch(c -> c.kind() == CheckKind.QUESTION))
        .map(v -> v.info().id().clause()).collect(Collectors.toSet());
  }

  private static String name(Path p) {
    return p.toString().replace('\\', '/');
  }
}
