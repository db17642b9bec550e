package dev.kijun.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to rewrite the files instead; review the change with {@code git diff}.
 */
final class Golden {
  /** Surefire runs tests in the module directory. */
  private static final Path ROOT = Paths.get("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s is missing; run with -Dgolden.update=true to create it", file).exists();
    assertThat(actual).as("output differs from %s (run with -Dgolden.update=true to accept)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
