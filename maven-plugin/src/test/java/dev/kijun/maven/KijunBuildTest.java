package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project compiled together with a library it builds on: what is provided, what is its own, what it ships. */
class KijunBuildTest {
  static final SourceFile LIB_SCHEMA = new SourceFile("lib.jar!/shared/schema.kijun",
      "schema \"shared\";\nrecord Item { id: string  n: integer }\nrecord Facts { items: list<Item> }\nroot Facts\n");
  static final SourceFile LIB_EDITION = new SourceFile("lib.jar!/lib/edition.kijun", edition("lib-doc@1"));
  static final Library LIB = new Library("lib.jar", List.of(LIB_SCHEMA, LIB_EDITION),
      Map.of("shared", "org.lib.evidence.shared"), Map.of("lib-doc@1", "org.lib.lib_doc.v1"));
  static final SourceFile OWN = new SourceFile("src/main/kijun/own/edition.kijun", edition("own-doc@2"));

  static String edition(String key) {
    return "edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\" publisher \"p\" published 2024-01-01 source "
        + "\"https://example.org\" evidence \"shared\" status verified }\nchapter \"1\" {\nrequirement \"1.1\" { level "
        + "mandatory status verified source \"u\" summary ja \"あ\" summary en \"a\" check automated \"n\" { forall x in "
        + "items: x.n >= 1 } }\n}\n";
  }

  @Test
  void theLibrarysElementsAreProvidedAndOnlyOwnClassesAreGenerated() {
    KijunBuild build = KijunBuild.compile(List.of(OWN), List.of(LIB), "com.example");
    assertThat(build.result().diagnostics()).isEmpty();
    assertThat(build.target().providedSchemas()).containsExactly(Map.entry("shared", "org.lib.evidence.shared"));
    assertThat(build.target().providedEditions()).containsExactly(Map.entry("lib-doc@1", "org.lib.lib_doc.v1"));
    List<OutputFile> java = JavaGenerator.generate(build.result().program().orElseThrow(), build.target());
    assertThat(java).extracting(OutputFile::path).containsExactly("java/com/example/own_doc/v2/Clause_1_1.java",
        "java/com/example/own_doc/v2/OwnDocEdition.java", JavaGenerator.SERVICES);
    assertThat(java.get(1).content()).contains("import org.lib.evidence.shared.Facts;");
  }

  @Test
  void docsCoverOwnEditionsAndTheProjectShipsItsSourcesAndPackages() {
    KijunBuild build = KijunBuild.compile(List.of(OWN), List.of(LIB), "com.example");
    assertThat(build.ownProgram().editions()).extracting(Edition::key).containsExactly("own-doc@2");
    assertThat(build.ownProgram().schemas()).extracting(s -> s.name()).containsExactly("shared");
    List<OutputFile> shipped = build.libraryFiles("src/main/kijun/");
    assertThat(shipped).extracting(OutputFile::path)
        .containsExactly(Library.SOURCES + "own/edition.kijun", Library.PACKAGES);
    assertThat(shipped.get(0).content()).isEqualTo(OWN.text());
    assertThat(shipped.get(1).content()).endsWith("\nedition.own-doc@2=com.example.own_doc.v2\n")
        .doesNotContain("shared").doesNotContain("lib-doc");
  }

  @Test
  void anOwnMappingBringsTheLibraryEditionItRelatesIntoTheDocs() {
    SourceFile mapping = new SourceFile("src/main/kijun/own/from-lib.kijun", "mapping \"lib-doc@1\" to \"own-doc@2\";\n"
        + "map \"1.1\" equivalent \"1.1\" { ours rationale \"the same threshold, our words\" }\n");
    KijunBuild build = KijunBuild.compile(List.of(OWN, mapping), List.of(LIB), "com.example");
    assertThat(build.result().diagnostics()).isEmpty();
    assertThat(build.ownProgram().editions()).extracting(Edition::key).containsExactly("lib-doc@1", "own-doc@2");
    assertThat(build.ownProgram().mappings()).hasSize(1);
    // Its classes stay the library's: the docs include the edition, the generated Java does not.
    assertThat(build.target().provided(build.ownProgram().editions().get(0))).isTrue();
  }

  @Test
  void withoutLibrariesEverythingIsOwn() {
    KijunBuild build = KijunBuild.compile(List.of(LIB_SCHEMA, OWN), List.of(), "com.example");
    assertThat(build.target().providedSchemas()).isEmpty();
    assertThat(JavaGenerator.generate(build.result().program().orElseThrow(), build.target()))
        .extracting(OutputFile::path).contains("java/com/example/evidence/shared/Facts.java");
  }

  @Test
  void anErrorInOwnSourcesIsShownAndALibrarysWarningsAreNot() {
    SourceFile broken = new SourceFile("src/main/kijun/bad.kijun", edition("bad-doc@1").replace("x.n >= 1", "x.m >= 1"));
    KijunBuild build = KijunBuild.compile(List.of(broken), List.of(LIB), "com.example");
    assertThat(build.result().hasErrors()).isTrue();
    assertThat(build.diagnosticsToShow()).isNotEmpty()
        .allMatch(d -> d.span().file().path().equals("src/main/kijun/bad.kijun"));
  }
}
