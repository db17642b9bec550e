package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check: a run that read the same inputs and finds its outputs as it left them may skip; a changed
 * source, library source, configuration or plugin, and a deleted, edited or unlisted output make it regenerate.
 */
class BuildStampTest {
  static final List<SourceFile> OWN = List.of(new SourceFile("src/main/kijun/a.kijun", "edition \"a@1\";\n"));
  static final String PLUGIN = "dev.kijun:kijun-maven-plugin:maven-plugin:0.1.0";
  static final String CONFIG = "target/generated-sources/kijun\ntrue";

  @TempDir Path project;
  Path out;
  Path content;
  BuildStamp stamp;

  @BeforeEach
  void aRunThatWroteItsOutputs() throws Exception {
    Path target = project.resolve("target");
    out = target.resolve("generated-sources/kijun");
    GeneratedFiles.sync(out, List.of(new OutputFile("a/A.java", "class A {}"), new OutputFile("b/B.java", "class B {}")),
        target);
    content = project.resolve("CONTENT.md");
    Files.writeString(content, "# content\n");
    stamp = new BuildStamp(target.resolve("kijun-stamps/generate-default.stamp"), List.of(out), List.of(content));
    stamp.record(inputs(OWN, List.of(), CONFIG, PLUGIN));
  }

  static String inputs(List<SourceFile> own, List<Library> libraries, String config, String plugin) {
    return BuildStamp.inputs(plugin, "generate", config, Compilations.key(own, libraries, "com.example"));
  }

  @Test
  void nothingChangedIsUpToDate() {
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isTrue();
  }

  @Test
  void aChangedSourceIsNot() {
    List<SourceFile> changed = List.of(new SourceFile("src/main/kijun/a.kijun", "edition \"a@2\";\n"));
    assertThat(stamp.upToDate(inputs(changed, List.of(), CONFIG, PLUGIN))).isFalse();
    List<SourceFile> renamed = List.of(new SourceFile("src/main/kijun/b.kijun", OWN.get(0).text()));
    assertThat(stamp.upToDate(inputs(renamed, List.of(), CONFIG, PLUGIN))).isFalse();
  }

  @Test
  void aDependencysChangedSourcesAreNot() {
    Library lib = new Library("lib.jar", List.of(new SourceFile("lib.jar!/s.kijun", "schema \"s\";\n")), Map.of(), Map.of());
    String withLib = inputs(OWN, List.of(lib), CONFIG, PLUGIN);
    assertThat(stamp.upToDate(withLib)).isFalse();
    Library changed = new Library("lib.jar", List.of(new SourceFile("lib.jar!/s.kijun", "schema \"t\";\n")), Map.of(), Map.of());
    assertThat(withLib).isNotEqualTo(inputs(OWN, List.of(changed), CONFIG, PLUGIN));
    Library moved = new Library("lib.jar", lib.sources(), Map.of("s", "org.lib.s"), Map.of());
    assertThat(withLib).isNotEqualTo(inputs(OWN, List.of(moved), CONFIG, PLUGIN));
  }

  @Test
  void aChangedConfigurationIsNot() {
    assertThat(stamp.upToDate(inputs(OWN, List.of(), "target/generated-sources/kijun\nfalse", PLUGIN))).isFalse();
    assertThat(stamp.upToDate(BuildStamp.inputs(PLUGIN, "generate", CONFIG, Compilations.key(OWN, List.of(), "org.other"))))
        .isFalse();
  }

  @Test
  void anotherPluginIsNot() {
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, "dev.kijun:kijun-maven-plugin:maven-plugin:0.2.0")))
        .isFalse();
  }

  @Test
  void aDeletedOutputIsNot() throws Exception {
    Files.delete(out.resolve("b/B.java"));
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
  }

  @Test
  void anEditedOutputIsNot() throws Exception {
    Files.writeString(out.resolve("a/A.java"), "class A { int hand; }");
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
  }

  @Test
  void anEditedOrDeletedSingleFileIsNot() throws Exception {
    Files.writeString(content, "# content, edited\n");
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
    Files.delete(content);
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
  }

  @Test
  void aDeletedManifestOrStampIsNot() throws Exception {
    Files.delete(out.resolve(".kijun-manifest"));
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
    aRunThatWroteItsOutputs();
    stamp.forget();
    assertThat(stamp.upToDate(inputs(OWN, List.of(), CONFIG, PLUGIN))).isFalse();
  }

  @Test
  void aRecordWithMissingOutputsLeavesNoStamp() throws Exception {
    Files.delete(content);
    stamp.record(inputs(OWN, List.of(), CONFIG, PLUGIN));
    assertThat(stamp.file()).doesNotExist();
  }
}
