package dev.kijun.cli;

import dev.kijun.collect.ledger.LedgerException;
import dev.kijun.collect.ledger.SpreadsheetFile;
import dev.kijun.collect.sheet.AnswersJson;
import dev.kijun.collect.sheet.ChecklistForm;
import dev.kijun.collect.sheet.SheetAnswer;
import dev.kijun.collect.sheet.SheetWriter;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kijun sheet --edition KEY --form NAME --out FILE PATH...}: one form of a checklist edition as an .xlsx sheet
 * to fill in, optionally with answers already filled (e.g. carried from last year by {@code kijun migrate}).
 */
@Command(name = "sheet", mixinStandardHelpOptions = true,
    description = "Write one form of a checklist edition as an Excel sheet laid out like MHLW's form: one row per item"
        + " in official order with our question wording for that form, the target-system tag, はい/いいえ/該当なし as a"
        + " drop-down, the date checked, a target date and remarks. Read it back with `kijun answers`.",
    footer = {"", "Example: kijun sheet --edition mhlw-checklist@R7 --form institution --out r7.xlsx guidelines/src/main/kijun",
        "Carry last year's answers: kijun migrate --from mhlw-checklist@R6 --to mhlw-checklist@R7 answers-r6.json"
            + " SOURCES --out-dir r7",
        "  then: kijun sheet --edition mhlw-checklist@R7 --form institution --answers r7/answers-mhlw-checklist@R7.json"
            + " --out r7.xlsx SOURCES"})
final class SheetCommand implements Callable<Integer> {
  @Option(names = "--edition", required = true, paramLabel = "KEY", description = "the checklist edition, e.g. mhlw-checklist@R7")
  String edition;

  @Option(names = "--form", required = true, paramLabel = "NAME", description = "the form: institution, pharmacy or vendor")
  String form;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx file to write")
  Path out;

  @Option(names = "--answers", paramLabel = "FILE", description = "fill in the answers of this evidence or answers file")
  Path answers;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "with the edition: " + SourcesOption.PATH_HELP)
  List<Path> paths;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    SourcesOption sources = new SourcesOption();
    sources.paths = paths;
    SourcesOption.Compiled c = sources.compile(err);
    Optional<Program> program = c.result().flatMap(r -> r.program());
    if (program.isEmpty()) {
      return c.exitCode();
    }
    Optional<Edition> e = program.get().edition(edition);
    if (e.isEmpty()) {
      err.println("kijun: no edition `" + edition + "` in the sources; they hold: " + DiffCommand.editions(program.get()));
      return Main.BAD_INPUT;
    }
    List<ChecklistForms.Form> forms = ChecklistForms.forms(e.get());
    Optional<ChecklistForms.Form> f = forms.stream().filter(x -> x.name().equals(form)).findFirst();
    if (f.isEmpty()) {
      err.println("kijun: `" + edition + "` has no form `" + form + "`; its forms are "
          + forms.stream().map(ChecklistForms.Form::name).collect(Collectors.joining(", ")));
      return Main.BAD_INPUT;
    }
    if (f.get().derived()) {
      err.println("kijun: note: `" + edition + "` declares no forms; form " + form + " is every question addressed to "
          + f.get().audience().iterator().next().keyword() + ", in the default wording");
    }
    ChecklistForm sheet = ChecklistForms.build(e.get(), f.get());
    if (sheet.items().isEmpty()) {
      err.println("kijun: form " + form + " of `" + edition + "` has no questions; nothing written");
      return Main.BAD_INPUT;
    }
    Map<String, SheetAnswer> given = Map.of();
    if (answers != null) {
      try {
        String name = answers.toString().replace('\\', '/');
        byte[] bytes = SpreadsheetFile.bytes(answers, name);
        if (SpreadsheetFile.isWorkbook(bytes)) {
          throw new LedgerException(name + ": a workbook, not JSON; give the answers as JSON (`kijun answers --from"
              + " SHEET` writes them from a sheet, `kijun migrate` from last year's)");
        }
        given = AnswersJson.read(name, new String(bytes, StandardCharsets.UTF_8), edition);
      } catch (LedgerException x) {
        x.problems().forEach(p -> err.println("kijun: " + p));
        err.println("kijun: nothing written");
        return Main.BAD_INPUT;
      }
      Set<String> onForm = sheet.items().stream().map(ChecklistForm.Item::id).collect(Collectors.toSet());
      TreeSet<String> off = new TreeSet<>(given.keySet());
      off.removeAll(onForm);
      if (!off.isEmpty()) {
        err.println("kijun: note: answers not on form " + form + " are left out: " + String.join(", ", off));
      }
    }
    byte[] bytes = SheetWriter.write(sheet, given);
    if (!AtomicOutput.write(out, bytes, AtomicOutput.Readers.AS_UMASK, err)) {
      return Main.BAD_INPUT;
    }
    Map<String, SheetAnswer> filledIn = given;
    long filled = sheet.items().stream().filter(i -> filledIn.containsKey(i.id())).count();
    spec.commandLine().getOut().println("wrote " + out + ": " + edition + " " + f.get().titleJa() + " (" + form + "), "
        + sheet.items().size() + " items" + (answers == null ? "" : ", " + filled + " answered from " + answers));
    return 0;
  }
}
