package dev.kijun.cli;

import dev.kijun.compiler.Outputs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun docs}: the documentation site only. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Generate documentation: a static HTML site and Markdown pages per edition.")
final class DocsCommand implements Callable<Integer> {
  /** The documentation formats. */
  enum Format { html, md, both }

  @Mixin
  SourcesOption sources;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--format", defaultValue = "both", description = "html, md or both (default: ${DEFAULT-VALUE})")
  Format format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SourcesOption.Compiled c = sources.compile(spec.commandLine().getErr());
    if (c.result().isEmpty()) {
      return c.exitCode();
    }
    return Writing.write(out, Outputs.docs(c.result().get().program().orElseThrow(), format != Format.md,
        format != Format.html), spec);
  }
}
