package dev.kijun.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.kijun.compiler.output.OutputFile;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden-file comparison of one text: the actual text must equal the expected file exactly. Run the tests with
 * {@code -Dgolden.update=true} to (re)write the expected files instead, then review the diff.
 */
public final class Golden {
  /** Where golden cases live, relative to the module. */
  public static final Path ROOT = Path.of("src/test/resources/golden");

  /** The system property that switches from comparing to rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private Golden() {}

  /** True when the run should rewrite expected files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Compares {@code actual} with the content of {@code expectedFile}; when updating, writes {@code actual} there
   * (creating directories) and passes.
   */
  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expectedFile.toAbsolutePath().getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expectedFile).as("expected file (run with -D%s=true to create it)", UPDATE_PROPERTY).exists();
      assertThat(actual).as("%s (run with -D%s=true to rewrite it, then review the diff)", expectedFile, UPDATE_PROPERTY)
          .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares a whole set of generated files with {@code ROOT/<caseName>/expected/**}: every file's full text, and no
   * missing or extra files. When updating, the expected directory is replaced by the generated files.
   */
  public static void assertFiles(String caseName, List<OutputFile> files) {
    Path expected = ROOT.resolve(caseName).resolve("expected");
    try {
      if (updating()) {
        rewrite(expected, files);
        return;
      }
      for (OutputFile f : files) {
        assertMatches(expected.resolve(f.path()), f.content());
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
