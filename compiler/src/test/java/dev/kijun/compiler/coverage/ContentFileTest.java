package dev.kijun.compiler.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.Sources;
import dev.kijun.runtime.testing.Golden;
import dev.kijun.compiler.testing.TestSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code guidelines/CONTENT.md} is what the build generates from the committed sources: a change to the
 * sources without a rebuild (or a hand edit of the file) fails here. The build rewrites the file; so does
 * {@code -Dgolden.update=true}.
 */
class ContentFileTest {
  static final Path CONTENT = Path.of("../guidelines/CONTENT.md");

  @Test
  void theCommittedContentFileIsUpToDate() throws Exception {
    // The same sources and base directory as the guidelines module's build.
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(
        Sources.read(List.of(TestSources.GUIDELINES), Path.of("..")));
    assertThat(result.hasErrors()).isFalse();
    Golden.assertMatches(CONTENT, Outputs.content(result.program().orElseThrow()).content());
  }
}
