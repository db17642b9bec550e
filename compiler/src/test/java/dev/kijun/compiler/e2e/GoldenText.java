package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a golden file; {@code -Dgolden.update=true} rewrites the file instead. */
final class GoldenText {
  static final Path ROOT = Path.of("src/test/resources/golden");

  private GoldenText() {}

  static void assertMatches(String relative, String actual) throws IOException {
    Path file = ROOT.resolve(relative);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s is missing; run with -Dgolden.update=true and review the diff", file).exists();
    assertThat(actual).as("golden file %s (regenerate with -Dgolden.update=true and review the diff)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
