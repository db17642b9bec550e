package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.codegen.JavaTarget;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that builds on another kijun artifact: its edition reads the artifact's schema, whose classes are reused
 * (not generated again), and its own classes go under its own base package.
 */
class ProvidedClassesTest {
  static final SourceFile SCHEMA = new SourceFile("lib/schema.kijun",
      "schema \"shared\";\nrecord Item { id: string  n: integer }\nrecord Facts { items: list<Item> }\nroot Facts\n");
  static final SourceFile LIB_EDITION = new SourceFile("lib/edition.kijun", edition("lib-doc@1", 1));
  static final SourceFile OWN_EDITION = new SourceFile("own/edition.kijun", edition("own-doc@2", 5));

  static String edition(String key, int min) {
    return "edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\" publisher \"p\" published 2024-01-01 source "
        + "\"https://example.org\" evidence \"shared\" status verified }\nchapter \"1\" {\nrequirement \"1.1\" { level "
        + "mandatory status verified source \"u\" summary ja \"あ\" summary en \"a\" check automated \"n\" { forall x in "
        + "items: x.n >= " + min + " } }\n}\n";
  }

  @Test
  void aDependentProgramReusesProvidedSchemaClassesAndGeneratesOnlyItsOwn(@TempDir Path work) throws Exception {
    Program lib = program(SCHEMA, LIB_EDITION);
    InMemoryJavac.Compiled libClasses = InMemoryJavac.compile(JavaGenerator.generate(lib), work.resolve("lib"));

    JavaTarget target = new JavaTarget("com.example.kijun", Map.of("shared", "dev.kijun.generated.evidence.shared"),
        Map.of("lib-doc@1", "dev.kijun.generated.lib_doc.v1"));
    List<OutputFile> own = JavaGenerator.generate(program(SCHEMA, LIB_EDITION, OWN_EDITION), target);

    assertThat(own).extracting(OutputFile::path).containsExactly(
        "java/com/example/kijun/own_doc/v2/Clause_1_1.java",
        "java/com/example/kijun/own_doc/v2/OwnDocEdition.java",
        JavaGenerator.SERVICES);
    assertThat(content(own, "OwnDocEdition.java")).contains("import dev.kijun.generated.evidence.shared.Facts;");
    assertThat(content(own, JavaGenerator.SERVICES)).isEqualTo("com.example.kijun.own_doc.v2.OwnDocEdition\n");

    InMemoryJavac.Compiled ownClasses = InMemoryJavac.compile(own, work.resolve("own"), libClasses);
    List<Edition<?>> editions = Editions.discover(ownClasses.loader());
    assertThat(editions).extracting(e -> e.info().key()).containsExactly("lib-doc@1", "own-doc@2");
    // One copy of the schema's classes: both editions bind evidence to the very same class.
    assertThat(editions.get(1).evidenceType()).isSameAs(editions.get(0).evidenceType());
  }

  @Test
  void theDefaultTargetIsTheGuidelinesPackage() throws Exception {
    List<OutputFile> files = JavaGenerator.generate(program(SCHEMA, LIB_EDITION));
    assertThat(files).extracting(OutputFile::path).contains("java/dev/kijun/generated/evidence/shared/Facts.java",
        "java/dev/kijun/generated/lib_doc/v1/LibDocEdition.java");
    assertThat(JavaGenerator.generate(program(SCHEMA, LIB_EDITION), JavaTarget.DEFAULT)).isEqualTo(files);
  }

  @Test
  void aPackageMustBeAJavaName() {
    assertThatThrownBy(() -> JavaTarget.of("com.example.1st")).hasMessageContaining("`com.example.1st`");
    assertThatThrownBy(() -> new JavaTarget("ok", Map.of("shared", "not ok"), Map.of())).hasMessageContaining("`not ok`");
  }

  static Program program(SourceFile... sources) {
    CompilationResult result = KijunCompiler.compile(List.of(sources));
    assertThat(result.diagnostics()).isEmpty();
    return result.program().orElseThrow();
  }

  static String content(List<OutputFile> files, String suffix) {
    return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst().orElseThrow().content();
  }
}
