package dev.kijun.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.output.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated folders lose what is no longer generated, keep unchanged files as they are, and only under target. */
class GeneratedFilesTest {
  @Test
  void staleFilesUnderTheBuildDirectoryGoAndUnchangedOnesAreNotRewritten(@TempDir Path project) throws Exception {
    Path target = project.resolve("target");
    Path out = target.resolve("generated-sources/kijun");
    GeneratedFiles.sync(out, List.of(new OutputFile("a/A.java", "a"), new OutputFile("a/Old.java", "old")), target);
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(out.resolve("a/A.java"), written);

    GeneratedFiles.sync(out, List.of(new OutputFile("a/A.java", "a"), new OutputFile("b/B.java", "b")), target);
    assertThat(out.resolve("a/Old.java")).doesNotExist();
    assertThat(out.resolve("b/B.java")).hasContent("b");
    assertThat(Files.getLastModifiedTime(out.resolve("a/A.java"))).isEqualTo(written);
    assertThat(out.resolve(".kijun-manifest")).content().contains("a/A.java\nb/B.java");
  }

  @Test
  void aFolderOutsideTheBuildDirectoryIsNeverPruned(@TempDir Path project) throws Exception {
    Path src = project.resolve("src/main/java");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Mine.java"), "class Mine {}");
    GeneratedFiles.sync(src, List.of(new OutputFile("Gen.java", "g")), project.resolve("target"));
    assertThat(src.resolve("Mine.java")).exists();
    assertThat(src.resolve("Gen.java")).hasContent("g");
  }

  @Test
  void underKeepsOneFolderAndDropsItsPrefix() {
    List<OutputFile> files = List.of(new OutputFile("java/x/X.java", "x"), new OutputFile("resources/META-INF/s", "s"));
    assertThat(GeneratedFiles.under(files, "java")).containsExactly(new OutputFile("x/X.java", "x"));
  }
}
