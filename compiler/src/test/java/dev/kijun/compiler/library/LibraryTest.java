package dev.kijun.compiler.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what a kijun artifact ships under META-INF/kijun/, from a jar and from a reactor module's classes. */
class LibraryTest {
  static final String PACKAGES = "# comment\nschema.facility=dev.kijun.generated.evidence.facility\n"
      + "edition.mhlw-checklist@R7=dev.kijun.generated.mhlw_checklist.vr7\n";

  @Test
  void aJarShipsSourcesAndPackages(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("kijun-guidelines-1.0.jar");
    jar(jar, Map.of(Library.SOURCES + "facility/schema.kijun", "schema \"facility\";\n",
        Library.PACKAGES, PACKAGES, "dev/kijun/Other.class", "x"));
    Library l = Library.read(jar).orElseThrow();
    assertThat(l.origin()).isEqualTo("kijun-guidelines-1.0.jar");
    assertThat(l.sources()).extracting(SourceFile::path).containsExactly("kijun-guidelines-1.0.jar!/facility/schema.kijun");
    assertThat(l.schemas()).containsExactly(Map.entry("facility", "dev.kijun.generated.evidence.facility"));
    assertThat(l.editions()).containsExactly(Map.entry("mhlw-checklist@R7", "dev.kijun.generated.mhlw_checklist.vr7"));
  }

  @Test
  void aClassesDirectoryIsNamedAfterItsModule(@TempDir Path dir) throws IOException {
    Path classes = dir.resolve("guidelines/target/classes");
    Files.createDirectories(classes.resolve(Library.SOURCES + "a"));
    Files.writeString(classes.resolve(Library.SOURCES + "a/x.kijun"), "schema \"x\";\n");
    Library l = Library.read(classes).orElseThrow();
    assertThat(l.sources()).extracting(SourceFile::path).containsExactly("guidelines/target/classes!/a/x.kijun");
    assertThat(l.schemas()).isEmpty();
  }

  @Test
  void anArtifactWithoutKijunSourcesIsNoLibrary(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("jackson.jar");
    jar(jar, Map.of("com/fasterxml/X.class", "x"));
    assertThat(Library.read(jar)).isEmpty();
    assertThat(Library.read(dir)).isEmpty();
    assertThat(Library.read(dir.resolve("missing.pom"))).isEmpty();
  }

  @Test
  void aSourceThatIsNotUtf8IsNamed(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("bad.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry(Library.SOURCES + "x.kijun"));
      zip.write(new byte[] {(byte) 0x82, (byte) 0xa0});
    }
    assertThatThrownBy(() -> Library.read(jar)).hasMessageContaining("bad.jar!/META-INF/kijun/sources/x.kijun");
  }

  static void jar(Path jar, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
