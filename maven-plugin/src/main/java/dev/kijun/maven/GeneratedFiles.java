package dev.kijun.maven;

import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.output.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into a folder the plugin owns and removes the files an earlier build left there that are no
 * longer generated (a removed requirement must not keep its validator). Only folders under the build directory are
 * pruned, so a folder configured elsewhere (by mistake, {@code src/main/java}) never loses a file; the folder's
 * {@value OutputWriter#MANIFEST} stays. Unchanged files keep
 * their timestamps, so the compiler plugin's incremental build sees nothing to do.
 */
final class GeneratedFiles {
  private GeneratedFiles() {}

  /** Writes {@code files} under {@code root} and, when {@code root} lies under {@code buildDirectory}, deletes every other file there. */
  static void sync(Path root, List<OutputFile> files, Path buildDirectory) throws IOException {
    OutputWriter.write(root, files);
    Set<Path> wanted = new HashSet<>();
    files.forEach(f -> wanted.add(root.resolve(f.path()).normalize()));
    // The writer's record of what it wrote: what the up-to-date check reads back.
    wanted.add(root.resolve(OutputWriter.MANIFEST).normalize());
    Path build = buildDirectory.toAbsolutePath().normalize();
    Path dir = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(root) || !dir.startsWith(build) || dir.equals(build)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).map(Path::normalize).toList()) {
        if (!wanted.contains(p)) {
          Files.delete(p);
        }
      }
    }
  }

  /** The files whose paths start with {@code folder + "/"}, with that prefix removed. */
  static List<OutputFile> under(List<OutputFile> files, String folder) {
    String prefix = folder + "/";
    return files.stream().filter(f -> f.path().startsWith(prefix))
        .map(f -> new OutputFile(f.path().substring(prefix.length()), f.content())).toList();
  }
}
