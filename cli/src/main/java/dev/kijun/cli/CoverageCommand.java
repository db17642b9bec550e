package dev.kijun.cli;

import dev.kijun.compiler.coverage.Coverage;
import dev.kijun.compiler.coverage.CoverageJson;
import dev.kijun.compiler.coverage.CoverageText;
import dev.kijun.compiler.docs.MarkdownGenerator;
import dev.kijun.compiler.model.Program;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun coverage PATH...}: what the sources cover, counted from the compiled model. Exit 0; 1 on source
 * errors; 2 on bad usage.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Count what the sources cover: per edition, volume and chapter the items known, encoded and stubs, "
        + "by status and by check kind (automated, question, review); the stubs and the recalled or inferred clauses; "
        + "per mapping, the mapped fraction of each side and the lines by provenance.")
final class CoverageCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, md, json }

  @Mixin
  SourcesOption sources;

  @Option(names = "--format", defaultValue = "text", description = "text, md or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SourcesOption.Compiled c = sources.compile(spec.commandLine().getErr());
    Optional<Program> program = c.result().flatMap(r -> r.program());
    if (program.isEmpty()) {
      return c.exitCode();
    }
    String text = switch (format) {
      case text -> CoverageText.render(Coverage.of(program.get()));
      case md -> MarkdownGenerator.generateCoverage(program.get()).content();
      case json -> CoverageJson.render(Coverage.of(program.get()));
    };
    return DiffCommand.emit(text, out, spec);
  }
}
