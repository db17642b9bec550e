package dev.kijun.compiler.testing;

import dev.kijun.runtime.testing.Golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {
  @Test
  void comparesTheWholeText(@TempDir Path dir) throws IOException {
    assumeFalse(Golden.updating(), "compares only when not updating");
    Path expected = dir.resolve("expected.txt");
    Files.writeString(expected, "line one\nline two\n");
    Golden.assertMatches(expected, "line one\nline two\n");
    assertThatThrownBy(() -> Golden.assertMatches(expected, "line one\nline 2\n")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden.update");
    assertThatThrownBy(() -> Golden.assertMatches(dir.resolve("missing.txt"), "x")).isInstanceOf(AssertionError.class);
  }

  @Test
  void splitsMultiFileSources() {
    assertThat(TestSources.split("a\nb")).singleElement()
        .satisfies(f -> assertThat(f.path() + "=" + f.text()).isEqualTo("test.kijun=a\nb"));
    assertThat(TestSources.split("--- x.kijun\none\n--- y.kijun\ntwo\n"))
        .extracting(f -> f.path() + "=" + f.text()).containsExactly("x.kijun=one\n", "y.kijun=two\n");
  }
}
