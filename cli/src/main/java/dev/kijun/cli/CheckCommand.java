package dev.kijun.cli;

import dev.kijun.compiler.diag.DiagnosticJson;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.diag.DiagnosticSarif;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun check}: diagnostics only, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Parse, resolve and type-check kijun sources and print every diagnostic. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
  /** Diagnostic formats: rendered text on standard error, or a SARIF 2.1.0 log on standard output. */
  enum Format { text, json, sarif }

  @Mixin
  SourcesOption sources;

  @Option(names = "--format", defaultValue = "text",
      description = "text (rendered diagnostics on standard error), json (one document on standard output, bad "
          + "input included) or sarif (a SARIF 2.1.0 log on standard output, for code-scanning services) "
          + "(default: ${DEFAULT-VALUE})")
  Format format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.json) {
      // Even unreadable or absent sources are part of the one document, not text on standard error.
      java.io.StringWriter unusable = new java.io.StringWriter();
      SourcesOption.Compiled c = sources.compileQuietly(new PrintWriter(unusable, true));
      List<String> problems = unusable.toString().lines().map(l -> l.replaceFirst("^kijun: ", "")).toList();
      out.print(DiagnosticJson.render(c.diagnostics(), problems));
      out.flush();
      return c.exitCode();
    }
    SourcesOption.Compiled c = sources.compileQuietly(err);
    if (format == Format.sarif) {
      if (c.exitCode() != Main.BAD_INPUT) {
        out.print(DiagnosticSarif.render(c.diagnostics(), BuildVersion.version()));
        out.flush();
      }
      return c.exitCode();
    }
    if (!c.diagnostics().isEmpty()) {
      err.print(DiagnosticRenderer.render(c.diagnostics()));
    }
    if (c.result().isPresent() && c.diagnostics().isEmpty()) {
      out.println("ok: no problems in " + sources.paths);
    }
    return c.exitCode();
  }
}
