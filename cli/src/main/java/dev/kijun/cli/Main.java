package dev.kijun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kijun} command. Exit codes: 0 no failures, 1 failing verdicts or source errors, 2 bad usage or bad
 * input, 3 an internal error (a bug in kijun, never a user's mistake).
 */
@Command(name = "kijun", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    description = "Compile security guidelines written in the kijun language into validators, docs and exports, "
        + "and validate a facility's evidence against a compiled edition.",
    subcommands = {CheckCommand.class, CompileCommand.class, DocsCommand.class, ValidateCommand.class,
        EditionsCommand.class, DiffCommand.class, MigrateCommand.class, CoverageCommand.class, CollectCommand.class,
        FingerprintCommand.class,
        SheetCommand.class, AnswersCommand.class, ExportCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 no failures, 1 failing verdicts or source errors, 2 bad usage or bad input, 3 internal error."})
public final class Main implements Runnable {
  /** Exit code for failing verdicts or source errors. */
  public static final int FAILURES = 1;
  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code for a bug in kijun. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, compile, docs, validate, editions, diff, migrate, collect or coverage");
  }

  /** Builds the command line with kijun's exit-code conventions. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // Auto-flushing UTF-8 writers, set on the root so picocli hands them to every subcommand.
    cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.registerConverter(java.time.LocalDate.class, new UsageErrors.IsoDate());
    cli.registerConverter(java.nio.file.Path.class, new UsageErrors.FilePath());
    cli.setParameterExceptionHandler(new UsageErrors());
    everyCommand(cli, c -> c.getCommandSpec().versionProvider(new BuildVersion()));
    cli.setExecutionStrategy(parseResult -> {
      // `kijun colect --help`: picocli would print the root's help and exit 0; a misspelt command is an error.
      if (!parseResult.unmatched().isEmpty()) {
        CommandLine where = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
        throw new CommandLine.UnmatchedArgumentException(where, parseResult.unmatched());
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("kijun: internal error: " + e);
      commandLine.getErr().println("this is a bug in kijun, not a problem with your input; please report it with the command you ran");
      return INTERNAL;
    });
    return cli;
  }

  private static void everyCommand(CommandLine c, java.util.function.Consumer<CommandLine> action) {
    action.accept(c);
    c.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
  }

  /** Runs kijun. */
  public static void main(String[] args) {
    CommandLine cli = commandLine();
    int code = cli.execute(args);
    // print() does not trigger auto-flush; without this, output written just before exiting is lost.
    cli.getOut().flush();
    cli.getErr().flush();
    System.exit(code);
  }
}
