package dev.kijun.cli;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun editions}: what {@code validate --edition} accepts. */
@Command(name = "editions", mixinStandardHelpOptions = true,
    description = "List the compiled editions available to `validate` (found on the class path).")
final class EditionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    for (Edition<?> e : Editions.discover()) {
      spec.commandLine().getOut().printf("%-24s %3d requirements  %s%n", e.info().key(), e.validators().size(),
          e.info().titleEn());
    }
    return 0;
  }
}
