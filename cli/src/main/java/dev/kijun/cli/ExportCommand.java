package dev.kijun.cli;

import dev.kijun.compiler.export.OscalCatalogGenerator;
import dev.kijun.compiler.export.OscalMappingGenerator;
import dev.kijun.compiler.output.OutputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kijun export}: compiled editions in other tools' formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export compiled editions in another tool's format. Assessment results come from "
        + "`kijun validate --format oscal`.",
    subcommands = {ExportCommand.OscalCatalog.class, ExportCommand.OscalMapping.class})
final class ExportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing format: oscal-catalog or oscal-mapping");
  }

  /** {@code kijun export oscal-catalog}: an OSCAL catalog per edition, written only when the sources have no errors. */
  @Command(name = "oscal-catalog", mixinStandardHelpOptions = true,
      description = "An OSCAL 1.1.3 catalog per edition, <document>/<edition>/oscal-catalog.json: a group per volume, "
          + "chapter or section, a control per requirement (id c_<clause>, labelled with the clause id). Nothing is "
          + "written if any source has an error.")
  static final class OscalCatalog implements Callable<Integer> {
    @Mixin
    SourcesOption sources;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      return Writing.compileAndWrite(sources, out, spec,
          program -> program.editions().stream().map(OscalCatalogGenerator::generate).toList());
    }
  }

  /**
   * {@code kijun export oscal-mapping}: an OSCAL mapping collection per mapping, with the catalogs of the editions
   * it maps; written only when the sources have no errors.
   */
  @Command(name = "oscal-mapping", mixinStandardHelpOptions = true,
      description = "An OSCAL 1.2.0 mapping-collection per kijun mapping, mappings/<source>-to-<target>.json: a map "
          + "per map line (control ids c_<clause>, as in oscal-catalog), withdrawn and new clauses as gap summaries. "
          + "The catalogs it refers to are written too, as `export oscal-catalog` writes them. Nothing is written if "
          + "any source has an error.")
  static final class OscalMapping implements Callable<Integer> {
    @Mixin
    SourcesOption sources;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      return Writing.compileAndWrite(sources, out, spec, program -> {
        // The catalogs go along, so the mappings' relative resource references resolve within DIR.
        List<OutputFile> files = new ArrayList<>();
        program.mappings().forEach(m -> files.add(OscalMappingGenerator.generate(program, m)));
        program.editions().stream()
            .filter(e -> program.mappings().stream().anyMatch(m -> m.source().equals(e.key())
                || m.target().equals(e.key())))
            .forEach(e -> files.add(OscalCatalogGenerator.generate(e)));
        return files;
      });
    }
  }
}
