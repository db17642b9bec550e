package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition far larger than any real one still compiles: registration is split so no method nears 64 KB. */
class LargeEditionTest {
  static final int REQUIREMENTS = 520;

  @Test
  void largeEditionCompilesAndRegistersEveryValidator(@TempDir Path work) throws Exception {
    String schema = "schema \"big\";\nrecord Item { id: string  n: integer }\nrecord Facts { items: list<Item> }\nroot Facts\n";
    StringBuilder edition = new StringBuilder("edition \"big-doc@1\";\ndocument { title ja \"大\" en \"Big\" publisher \"p\""
        + " published 2024-01-01 source \"https://example.org\" evidence \"big\" status verified }\nchapter \"1\" {\n");
    for (int i = 1; i <= REQUIREMENTS; i++) {
      edition.append("requirement \"1.").append(i).append("\" { level mandatory status verified source \"u\" summary ja \"あ\""
          + " summary en \"a\" check automated \"n\" { forall x in items: x.n >= ").append(i).append(" } }\n");
    }
    edition.append("}\n");
    CompilationResult result = KijunCompiler.compile(List.of(new SourceFile("big.kijun", schema),
        new SourceFile("big-edition.kijun", edition.toString())));
    assertThat(result.hasErrors()).isFalse();
    List<OutputFile> files = Outputs.java(result.program().orElseThrow());
    String registry = files.stream().filter(f -> f.path().endsWith("BigDocEdition.java")).findFirst().orElseThrow().content();
    assertThat(registry).contains("private static void part0(", "private static void part2(");
    InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files, work);
    Edition<?> big = Editions.discover(compiled.loader()).stream().filter(e -> e.info().key().equals("big-doc@1"))
        .findFirst().orElseThrow();
    assertThat(big.validators()).hasSize(REQUIREMENTS);
  }
}
