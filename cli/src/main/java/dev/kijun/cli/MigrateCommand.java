package dev.kijun.cli;

import dev.kijun.compiler.diff.Mappings;
import dev.kijun.compiler.migrate.MigrationException;
import dev.kijun.compiler.migrate.Migrator;
import dev.kijun.compiler.migrate.WorklistRenderer;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun migrate --from A --to B FILE PATH...}: carry an answer sheet or a verdict report of edition A forward
 * to edition B through the compiled mapping. Bad input exits 2 and writes nothing.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Carry assessment results from edition A to edition B: FILE is an evidence file answering A's "
        + "questions (answers keyed A/<clause>) or a report of `kijun validate --format json` for A. Prints a "
        + "worklist (carried, carried-with-follow-up, re-assess, new); with --out-dir also writes worklist.txt, "
        + "worklist.json and answers-<B>.json or results-<B>.json.")
final class MigrateCommand implements Callable<Integer> {
  /** Worklist formats for standard output. */
  enum Format { text, json }

  @Option(names = "--from", required = true, paramLabel = "A", description = "edition of the input, e.g. mhlw-checklist@R6")
  String from;

  @Option(names = "--to", required = true, paramLabel = "B", description = "edition to carry to, e.g. mhlw-checklist@R7")
  String to;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "write worklist.txt, worklist.json and the results file here")
  Path outDir;

  @Option(names = "--format", defaultValue = "text", description = "worklist format on standard output: text or json "
      + "(default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(index = "0", paramLabel = "FILE", description = "answer sheet (evidence JSON) or verdict report (JSON)")
  Path file;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH",
      description = "with both editions and the mapping: " + SourcesOption.PATH_HELP)
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
    for (String key : List.of(from, to)) {
      if (program.get().edition(key).isEmpty()) {
        err.println("kijun: no edition `" + key + "` in the sources; they hold: " + DiffCommand.editions(program.get()));
        return Main.BAD_INPUT;
      }
    }
    Optional<Mappings.Found> found = Mappings.find(program.get(), from, to);
    if (found.isEmpty()) {
      err.println("kijun: no mapping between `" + from + "` and `" + to + "` in the sources");
      return Main.BAD_INPUT;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("kijun: cannot read " + file + (e instanceof java.nio.file.NoSuchFileException
          ? ": no such file" : ": " + e.getMessage()));
      return Main.BAD_INPUT;
    }
    Migrator.Result result;
    try {
      result = Migrator.migrate(program.get(), found.get(), file.toString().replace('\\', '/'), text);
    } catch (MigrationException e) {
      e.problems().forEach(p -> err.println("kijun: bad input: " + p));
      err.println("kijun: nothing written; fix the input and run again");
      return Main.BAD_INPUT;
    }
    if (outDir != null) {
      try {
        OutputWriter.write(outDir, result.files());
      } catch (IOException e) {
        err.println("kijun: cannot write to " + outDir + ": " + e.getMessage());
        return Main.BAD_INPUT;
      }
      spec.commandLine().getOut().println("wrote " + String.join(", ", result.files().stream().map(f -> f.path())
          .toList()) + " to " + outDir);
      return 0;
    }
    spec.commandLine().getOut().print(format == Format.json ? WorklistRenderer.json(result.worklist())
        : WorklistRenderer.text(result.worklist()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
