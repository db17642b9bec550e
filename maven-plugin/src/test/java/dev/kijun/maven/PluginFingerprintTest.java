package dev.kijun.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new plugin version, and new code under an unchanged snapshot version, change the fingerprint; nothing else does. */
class PluginFingerprintTest {
  static PluginDescriptor plugin(String version, Path classes) {
    DefaultArtifact artifact = new DefaultArtifact("dev.kijun", "kijun-maven-plugin", version, null, "maven-plugin", null,
        new DefaultArtifactHandler("maven-plugin"));
    artifact.setFile(classes.toFile());
    PluginDescriptor descriptor = new PluginDescriptor();
    descriptor.setPluginArtifact(artifact);
    return descriptor;
  }

  @Test
  void aSnapshotsCodeAndAReleasesVersionCount(@TempDir Path classes) throws Exception {
    Path generator = classes.resolve("dev/kijun/Generator.class");
    Files.createDirectories(generator.getParent());
    Files.write(generator, new byte[] {1, 2, 3});
    String first = PluginFingerprint.of(plugin("0.1.0-SNAPSHOT", classes));
    assertThat(PluginFingerprint.of(plugin("0.1.0-SNAPSHOT", classes))).isEqualTo(first);

    Files.write(generator, new byte[] {1, 2, 4});
    Files.setLastModifiedTime(generator, FileTime.fromMillis(Files.getLastModifiedTime(generator).toMillis() + 2000));
    String rebuilt = PluginFingerprint.of(plugin("0.1.0-SNAPSHOT", classes));
    assertThat(rebuilt).isNotEqualTo(first);

    // Maven's descriptor metadata is rewritten by every build of the plugin: it does not count.
    Path pluginXml = classes.resolve("META-INF/maven/plugin.xml");
    Files.createDirectories(pluginXml.getParent());
    Files.writeString(pluginXml, "<plugin/>");
    assertThat(PluginFingerprint.of(plugin("0.1.0-SNAPSHOT", classes))).isEqualTo(rebuilt);

    String release = PluginFingerprint.of(plugin("0.1.0", classes));
    assertThat(release).isNotEqualTo(rebuilt);
    // A release is its version: its files are not read.
    Files.write(generator, new byte[] {9});
    assertThat(PluginFingerprint.of(plugin("0.1.0", classes))).isEqualTo(release);
    assertThat(PluginFingerprint.of(plugin("0.2.0", classes))).isNotEqualTo(release);
  }
}
