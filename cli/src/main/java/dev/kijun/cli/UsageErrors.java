package dev.kijun.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.report.PrettyJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the CLI answers a usage mistake: one line saying what is wrong, a did-you-mean when a command or option was
 * misspelt, a pointer to {@code --help}, and exit code 2 — never a page of usage text, never Java's exception text.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String unreadable = e instanceof UnmatchedArgumentException u ? unreadablePath(u) : null;
    if (unreadable != null) {
      // An optional PATH parameter whose conversion failed: picocli calls it unmatched, the cause is the locale.
      err.println("kijun: " + FilePath.unreadable(unreadable));
    } else if (e instanceof UnmatchedArgumentException u && !u.isUnknownOption() && !cmd.getSubcommands().isEmpty()
        && !u.getUnmatched().isEmpty()) {
      err.println("kijun: unknown command `" + u.getUnmatched().get(0) + "`");
    } else {
      err.println("kijun: " + e.getMessage());
    }
    if (e instanceof UnmatchedArgumentException u) {
      UnmatchedArgumentException.printSuggestions(u, err);
    }
    err.println("see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
    err.flush();
    if (wantsJson(args)) {
      // `--format json` promises one JSON document on standard output whatever happens, a usage mistake included.
      ObjectNode root = PrettyJson.object();
      root.put("status", "bad-usage");
      root.putArray("problems").addObject().put("file", "").put("line", 0).put("column", 0).put("path", "")
          .put("message", e.getMessage());
      cmd.getOut().print(PrettyJson.print(root));
      cmd.getOut().flush();
    }
    return Main.BAD_INPUT;
  }

  /** The first unmatched argument that is not a path in this locale's encoding, or null. */
  private static String unreadablePath(UnmatchedArgumentException u) {
    for (String arg : u.getUnmatched()) {
      try {
        java.nio.file.Path.of(arg);
      } catch (java.nio.file.InvalidPathException ex) {
        return arg;
      }
    }
    return null;
  }

  private static boolean wantsJson(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format=json") || (args[i].equals("--format") && i + 1 < args.length
          && args[i + 1].equals("json"))) {
        return true;
      }
    }
    return false;
  }

  /** Dates on the command line: ISO {@code YYYY-MM-DD}, with our words when not. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      // Only four-digit years: date shifts in checks span at most ten thousand years, so from such a date no
      // shift leaves the calendar (LocalDate.parse alone would take `+999999999-12-31`).
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new CommandLine.TypeConversionException("`" + value + "` is not a date of the form YYYY-MM-DD");
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("`" + value + "` is not a date of the form YYYY-MM-DD");
      }
    }
  }

  /**
   * Paths on the command line. Under a non-UTF-8 locale (LANG=C) Java cannot represent a Japanese file name: say so
   * and name the fix, instead of picocli's text around Java's exception.
   */
  static final class FilePath implements CommandLine.ITypeConverter<java.nio.file.Path> {
    @Override
    public java.nio.file.Path convert(String value) {
      try {
        return java.nio.file.Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new CommandLine.TypeConversionException(unreadable(value));
      }
    }

    static String unreadable(String value) {
      return "the path `" + value + "` cannot be read in this locale's encoding ("
          + System.getProperty("sun.jnu.encoding") + "); run kijun in a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the "
          + "`kijun` launcher does this itself)";
    }
  }
}
