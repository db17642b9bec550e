package dev.kijun.cli;

import dev.kijun.compiler.library.Library;
import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The guideline sources that ship inside {@code kijun-guidelines} (the same files the bundled editions were compiled
 * from), so that {@code kijun diff mhlw-guideline@5.2 mhlw-guideline@6.0} works from the jar alone, without a checkout
 * of the repository. Read the way the Maven plugin reads a dependency's sources ({@link Library}), from the class path
 * element that holds them.
 */
final class BundledSources {
  private BundledSources() {}

  /** The bundled sources sorted by path; empty when the class path has none. */
  static List<SourceFile> load() throws IOException {
    URL url = BundledSources.class.getClassLoader().getResource(Library.SOURCES);
    if (url == null) {
      return List.of();
    }
    Path element;
    try {
      element = "jar".equals(url.getProtocol())
          ? Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI())
          : Path.of(url.toURI()).getParent().getParent().getParent(); // classes/META-INF/kijun/sources → classes
    } catch (URISyntaxException e) {
      throw new IOException("unreadable class path entry " + url, e);
    }
    return Library.read(element).map(Library::sources).orElse(List.of());
  }
}
