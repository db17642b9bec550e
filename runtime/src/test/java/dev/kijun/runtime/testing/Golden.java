package dev.kijun.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * kijun's one golden-file helper, shared with the other modules' tests through the runtime's test jar: the actual
 * text must equal the expected file exactly. Run the tests with {@code -Dgolden.update=true} to (re)write the
 * expected files instead, then review the diff like code.
 */
public final class Golden {
  /** Where golden files live, relative to the module (Surefire runs tests in the module directory). */
  public static final Path ROOT = Path.of("src/test/resources/golden");

  /** The system property that switches from comparing to rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private Golden() {}

  /** True when the run should rewrite expected files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** {@link #assertMatches(Path, String)} for a file named relative to {@link #ROOT}. */
  public static void assertMatches(String name, String actual) {
    assertMatches(ROOT.resolve(name), actual);
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
}
