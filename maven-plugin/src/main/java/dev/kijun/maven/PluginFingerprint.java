package dev.kijun.maven;

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
    StringBuilder coordinates = new StringBuilder();
    artifacts.values().forEach(a -> coordinates.append(a.getId()).append('=')
        .append(a.getFile() == null ? "" : a.getFile().getAbsolutePath()).append('\n'));
    return KNOWN.computeIfAbsent(coordinates.toString(), k -> {
      Digest d = new Digest().add(k);
      artifacts.values().stream().filter(a -> a.isSnapshot() && a.getFile() != null)
          .forEach(a -> addContent(d, a.getFile().toPath()));
      return d.hex();
    });
  }

  /** Adds a jar's bytes, or every file of a classes folder (but Maven's descriptor metadata) with its path. */
  static void addContent(Digest d, Path element) {
    try {
      if (Files.isRegularFile(element)) {
        d.add(Files.readAllBytes(element));
      } else if (Files.isDirectory(element)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(element)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String name = element.relativize(f).toString().replace('\\', '/');
          if (!name.startsWith("META-INF/maven/")) {
            d.add(name).add(Files.readAllBytes(f));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
