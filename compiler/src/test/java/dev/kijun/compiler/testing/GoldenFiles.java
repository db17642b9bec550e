package dev.kijun.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.testing.Golden;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden comparison of a whole set of generated files, built on the shared one-text helper
 * ({@link dev.kijun.runtime.testing.Golden}, from the runtime's test jar).
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /**
   * Compares a whole set of generated files with {@code ROOT/<caseName>/expected/**}: every file's full text, and no
   * missing or extra files. When updating, the expected directory is replaced by the generated files.
   */
  public static void assertFiles(String caseName, List<OutputFile> files) {
    Path expected = Golden.ROOT.resolve(caseName).resolve("expected");
    try {
      if (Golden.updating()) {
        rewrite(expected, files);
        return;
      }
      for (OutputFile f : files) {
        Golden.assertMatches(expected.resolve(f.path()), f.content());
      }
      TreeSet<String> generated = files.stream().map(OutputFile::path).collect(Collectors.toCollection(TreeSet::new));
      assertThat(listed(expected)).as("files under %s", expected).isEqualTo(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> listed(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new TreeSet<>();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static void rewrite(Path dir, List<OutputFile> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (OutputFile f : files) {
      Path p = dir.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.content(), StandardCharsets.UTF_8);
    }
  }
}
