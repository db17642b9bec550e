package dev.kijun.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden-file comparison: {@code src/test/resources/golden/<case>/expected/**} must hold exactly the generated files,
 * byte for byte. Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Compares (or, when updating, rewrites) the expected files of {@code caseName}, e.g. {@code docs/demo_markdown}. */
  public static void check(String caseName, List<OutputFile> files) {
    Path expected = ROOT.resolve(caseName).resolve("expected");
    try {
      if (Boolean.getBoolean("golden.update")) {
        rewrite(expected, files);
        return;
      }
      for (OutputFile f : files) {
        Path p = expected.resolve(f.path());
        assertThat(p).as("expected file for %s (run with -Dgolden.update=true)", f.path()).exists();
        assertThat(f.content()).as("generated %s", f.path())
            .isEqualTo(Files.readString(p, StandardCharsets.UTF_8));
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
