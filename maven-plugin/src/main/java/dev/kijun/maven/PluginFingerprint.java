package dev.kijun.maven;

import dev.kijun.compiler.output.Digest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * What identifies the code that generates: the coordinates of the plugin and of every artifact it runs with, and for
 * a snapshot (whose version stays while its code changes, as in kijun's own build) the bytes of its jar or classes
 * folder. Part of the inputs of the up-to-date check, so a new plugin regenerates. Computed once per JVM and plugin.
 */
final class PluginFingerprint {
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

  private PluginFingerprint() {}

  /** The fingerprint of the plugin {@code descriptor} describes. */
  static String of(PluginDescriptor descriptor) {
    Map<String, Artifact> artifacts = new TreeMap<>();
    if (descriptor.getPluginArtifact() != null) {
      artifacts.put(descriptor.getPluginArtifact().getId(), descriptor.getPluginArtifact());
    }
    if (descriptor.getArtifacts() != null) {
      descriptor.getArtifacts().forEach(a -> artifacts.put(a.getId(), a));
    }
    // Coordinates, and where a snapshot lies with the sizes and times of its files: cheap to read, and a new
    // snapshot changes them, so the bytes are hashed once per JVM and snapshot build.
    StringBuilder known = new StringBuilder();
    for (Artifact a : artifacts.values()) {
      known.append(a.getId()).append('\n');
      if (a.isSnapshot() && a.getFile() != null) {
        known.append(a.getFile().getAbsolutePath()).append('\n');
        files(a.getFile().toPath()).forEach(f -> known.append(f).append(' ').append(f.toFile().length()).append(' ')
            .append(f.toFile().lastModified()).append('\n'));
      }
    }
    return KNOWN.computeIfAbsent(known.toString(), k -> {
      Digest d = new Digest();
      for (Artifact a : artifacts.values()) {
        d.add(a.getId());
        if (a.isSnapshot() && a.getFile() != null) {
          addContent(d, a.getFile().toPath());
        }
      }
      return d.hex();
    });
  }

  /** Adds a jar's bytes, or every file of a classes folder (but Maven's descriptor metadata) with its path. */
  private static void addContent(Digest d, Path element) {
    try {
      for (Path f : files(element)) {
        d.add(element.relativize(f).toString().replace('\\', '/')).add(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar itself, or the files of a classes folder in a fixed order, without Maven's descriptor metadata. */
  private static List<Path> files(Path element) {
    if (!Files.isDirectory(element)) {
      return Files.isRegularFile(element) ? List.of(element) : List.of();
    }
    try (Stream<Path> walk = Files.walk(element)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !element.relativize(f).toString().replace('\\', '/').startsWith("META-INF/maven/"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
