package dev.kijun.maven;

import dev.kijun.compiler.output.Digest;
import dev.kijun.compiler.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The up-to-date check of a goal that writes files: a stamp file holds the digest of what the last successful run
 * read (sources, the sources of dependencies, configuration, plugin) and of what it wrote. The goal may skip its work
 * only when both still hold: the inputs digest is the same and every output is there with the bytes that run wrote.
 * Outputs are the files each output folder's {@value OutputWriter#MANIFEST} lists (the compiler's record of what it
 * wrote there) and single files such as a content page; a folder without its manifest, a listed file deleted or
 * edited, or a single file changed counts as changed.
 *
 * @param file where the stamp is kept (under the build directory)
 * @param folders output folders, each with its manifest
 * @param files single output files
 */
record BuildStamp(Path file, List<Path> folders, List<Path> files) {
  /** Copies the lists. */
  BuildStamp {
    folders = List.copyOf(folders);
    files = List.copyOf(files);
  }

  /**
   * The inputs digest of a run: the plugin's fingerprint, the goal, its configuration and the key of the compilation
   * it needs ({@link Compilations#key}).
   */
  static String inputs(String plugin, String goal, String configuration, String compilation) {
    return new Digest().add(plugin).add(goal).add(configuration).add(compilation).hex();
  }

  /** Whether the last run recorded {@code inputs} and its outputs are intact; false when anything cannot be read. */
  boolean upToDate(String inputs) {
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Optional<String> outputs = outputs();
      return lines.contains("inputs=" + inputs) && outputs.isPresent() && lines.contains("outputs=" + outputs.get());
    } catch (IOException e) {
      return false;
    }
  }

  /** Records {@code inputs} and the outputs as they are now (after a successful run). */
  void record(String inputs) throws IOException {
    Optional<String> outputs = outputs();
    if (outputs.isEmpty()) {
      // Nothing to vouch for: without a stamp the next run regenerates.
      Files.deleteIfExists(file);
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# kijun: what the last run read and wrote; delete this file or pass -Dkijun.force=true "
        + "to regenerate\ninputs=" + inputs + "\noutputs=" + outputs.get() + "\n", StandardCharsets.UTF_8);
  }

  /** Forgets the last run, so the next one regenerates whatever happens to this one. */
  void forget() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The digest of every output's path and bytes; empty when a folder's manifest or an output is missing. */
  Optional<String> outputs() throws IOException {
    Digest d = new Digest();
    for (Path folder : folders) {
      if (!Files.isRegularFile(folder.resolve(OutputWriter.MANIFEST))) {
        return Optional.empty();
      }
      List<String> listed = OutputWriter.listed(folder);
      d.add(folder.toString()).add(Integer.toString(listed.size()));
      for (String path : listed) {
        Path f = folder.resolve(path);
        if (!Files.isRegularFile(f)) {
          return Optional.empty();
        }
        d.add(path).add(Files.readAllBytes(f));
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      d.add(f.toString()).add(Files.readAllBytes(f));
    }
    return Optional.of(d.hex());
  }
}
