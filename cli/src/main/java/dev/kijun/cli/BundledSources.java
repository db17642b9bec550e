package dev.kijun.cli;

import dev.kijun.compiler.Sources;
import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The guideline sources that ship inside {@code kijun-guidelines} ({@code META-INF/kijun/sources/}, the same files the
 * bundled editions were compiled from), so that {@code kijun diff mhlw-guideline@5.2 mhlw-guideline@6.0} works from
 * the jar alone, without a checkout of the repository. Named {@code kijun-guidelines!/<path>} in diagnostics.
 */
final class BundledSources {
  static final String ROOT = "META-INF/kijun/sources/";
  static final String ORIGIN = "kijun-guidelines";

  private BundledSources() {}

  /** The bundled sources sorted by path; empty when the class path has none. */
  static List<SourceFile> load() throws IOException {
    URL url = BundledSources.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      return List.of();
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("unreadable class path entry " + url, e);
    }
    if (!"jar".equals(uri.getScheme())) {
      return read(Path.of(uri)); // classes directory of the reactor (tests, IDE)
    }
    FileSystem fs;
    boolean opened = false;
    try {
      fs = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      fs = FileSystems.getFileSystem(uri);
    }
    try {
      return read(fs.getPath("/" + ROOT));
    } finally {
      if (opened) {
        fs.close();
      }
    }
  }

  private static List<SourceFile> read(Path root) throws IOException {
    Map<String, SourceFile> byPath = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(Sources.EXTENSION) && Files.isRegularFile(p)).toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        String name = ORIGIN + "!/" + rel;
        byPath.put(rel, new SourceFile(name, Sources.decode(Files.readAllBytes(f), name)));
      }
    }
    return List.copyOf(byPath.values());
  }
}
