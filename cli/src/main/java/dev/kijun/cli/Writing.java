package dev.kijun.cli;

import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.output.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Writes generated files and reports the result the same way for every command. */
final class Writing {
  private Writing() {}

  /** Compiles the sources and, when they have no errors, writes what {@code outputs} makes of the program. */
  static int compileAndWrite(SourcesOption sources, Path out, CommandSpec spec,
      java.util.function.Function<dev.kijun.compiler.model.Program, List<OutputFile>> outputs) {
    SourcesOption.Compiled c = sources.compile(spec.commandLine().getErr());
    if (c.result().isEmpty()) {
      return c.exitCode();
    }
    return write(out, outputs.apply(c.result().get().program().orElseThrow()), spec);
  }

  static int write(Path out, List<OutputFile> files, CommandSpec spec) {
    OutputWriter.Written written;
    try {
      written = OutputWriter.write(out, files);
    } catch (IOException e) {
      spec.commandLine().getErr().println("kijun: cannot write to " + out + ": " + e.getMessage());
      return Main.BAD_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + files.size() + " files to " + out + " (" + written.summary() + ")");
    return 0;
  }
}
