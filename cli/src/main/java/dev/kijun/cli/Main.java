package dev.kijun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kijun} command. Exit codes: 0 no failures, 1 failing verdicts or source errors, 2 bad usage or bad
 * input, 3 an internal error (a bug in kijun, never a user's mistake).
 */
@Command(name = "kijun", mixinStandardHelpOptions = true, version = "kijun 0.1.0",
    description = "Compile security guidelines written in the kijun language into validators, docs and exports, "
        + "and validate a facility's evidence against a compiled edition.",
    subcommands = {CheckCommand.class, CompileCommand.class, DocsCommand.class, ValidateCommand.class,
        EditionsCommand.class, DiffCommand.class, MigrateCommand.class, CollectCommand.class, FingerprintCommand.class,
        SheetCommand.class, AnswersCommand.class,
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
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: check, compile, docs, validate, editions, diff or migrate");
  }

  /** Builds the command line with kijun's exit-code conventions. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // Auto-flushing UTF-8 writers, set on the root so picocli hands them to every subcommand.
    cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("kijun: internal error: " + e);
      commandLine.getErr().println("this is a bug in kijun, not a problem with your input; please report it with the command you ran");
      return INTERNAL;
    });
    return cli;
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
