package dev.kijun.cli;

import dev.kijun.compiler.Outputs;
import java.nio.file.Path;
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
    return Writing.compileAndWrite(sources, out, spec, Outputs::all);
  }
}
