package dev.kijun.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun check}: diagnostics only, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Parse, resolve and type-check kijun sources and print every diagnostic. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  SourcesOption sources;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SourcesOption.Compiled c = sources.compile(spec.commandLine().getErr());
    if (c.result().isPresent() && c.result().get().diagnostics().isEmpty()) {
      spec.commandLine().getOut().println("ok: no problems in " + sources.paths);
    }
    return c.exitCode();
  }
}
