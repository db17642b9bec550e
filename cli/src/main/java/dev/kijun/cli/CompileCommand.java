package dev.kijun.cli;

import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.output.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun compile}: Java, docs, JSON Schema and catalog, written only when the sources have no errors. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile kijun sources to Java validators (java/, resources/), documentation (docs/html, docs/md), "
        + "the JSON Schema of the evidence (schema/) and a JSON catalog per edition (catalog/). Nothing is written if "
        + "any source has an error.")
final class CompileCommand implements Callable<Integer> {
  @Mixin
  SourcesOption sources;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SourcesOption.Compiled c = sources.compile(spec.commandLine().getErr());
    if (c.result().isEmpty()) {
      return c.exitCode();
    }
    List<OutputFile> files = Outputs.all(c.result().get().program().orElseThrow());
    return Writing.write(out, files, spec);
  }
}
