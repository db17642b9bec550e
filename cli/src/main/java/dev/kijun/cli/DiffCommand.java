package dev.kijun.cli;

import dev.kijun.compiler.diff.DiffJsonRenderer;
import dev.kijun.compiler.diff.DiffTextRenderer;
import dev.kijun.compiler.diff.EditionChanges;
import dev.kijun.compiler.diff.EditionDiff;
import dev.kijun.compiler.diff.Mappings;
import dev.kijun.compiler.docs.HtmlSiteGenerator;
import dev.kijun.compiler.docs.MarkdownGenerator;
import dev.kijun.compiler.model.Program;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun diff A B PATH...}: what changed between two editions, clause by clause, following the compiled mapping
 * (or the inverse of the reverse one). A diff is not a failure: exit 0; 1 on source errors; 2 on bad usage.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed from edition A to edition B, clause by clause (renumbered, moved, split, merged, "
        + "strengthened, weakened, reworded, new, withdrawn), with the evidence for each class and the mapping's "
        + "rationale. Needs a mapping A to B among the sources (or B to A, which is inverted).")
final class DiffCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, md, html, json }

  @Parameters(index = "0", paramLabel = "A", description = "source edition, e.g. mhlw-guideline@5.2")
  String from;

  @Parameters(index = "1", paramLabel = "B", description = "target edition, e.g. mhlw-guideline@6.0")
  String to;

  @Parameters(index = "2..*", arity = "0..*", paramLabel = "PATH", description = SourcesOption.PATH_HELP)
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "text, md, html or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Program> program = compile(paths, err);
    if (program.isEmpty()) {
      return exitCode;
    }
    for (String key : List.of(from, to)) {
      if (program.get().edition(key).isEmpty()) {
        err.println("kijun: no edition `" + key + "` in the sources; they hold: " + editions(program.get()));
        return Main.BAD_INPUT;
      }
    }
    Optional<Mappings.Found> found = Mappings.find(program.get(), from, to);
    if (found.isEmpty()) {
      err.println("kijun: no mapping between `" + from + "` and `" + to + "` in the sources (neither `mapping \""
          + from + "\" to \"" + to + "\";` nor the reverse)");
      return Main.BAD_INPUT;
    }
    EditionChanges changes = EditionDiff.diff(program.get(), found.get().mapping(), found.get().basis());
    String text = switch (format) {
      case text -> DiffTextRenderer.render(changes);
      case md -> MarkdownGenerator.changes(program.get(), changes);
      case html -> HtmlSiteGenerator.changes(program.get(), changes);
      case json -> DiffJsonRenderer.render(changes);
    };
    return emit(text, out, spec);
  }

  private int exitCode;

  /** Compiles through the shared {@link SourcesOption} logic; empty (with {@link #exitCode} set) when unusable. */
  private Optional<Program> compile(List<Path> sourcePaths, PrintWriter err) {
    SourcesOption sources = new SourcesOption();
    sources.paths = sourcePaths;
    SourcesOption.Compiled c = sources.compile(err);
    exitCode = c.exitCode();
    return c.result().flatMap(r -> r.program());
  }

  static String editions(Program p) {
    return p.editions().isEmpty() ? "no editions"
        : String.join(", ", p.editions().stream().map(e -> e.key()).toList());
  }

  /** Prints {@code text} to standard output, or writes it to {@code file}; exit 2 when it cannot be written. */
  static int emit(String text, Path file, CommandSpec spec) {
    if (file == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (!AtomicOutput.write(file, text.getBytes(StandardCharsets.UTF_8), AtomicOutput.Readers.AS_UMASK,
        spec.commandLine().getErr())) {
      return Main.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + file);
    return 0;
  }
}
