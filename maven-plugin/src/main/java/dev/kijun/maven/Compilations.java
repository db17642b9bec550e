package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import dev.kijun.compiler.output.Digest;
import dev.kijun.compiler.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compilations of this JVM's build, so that {@code check}, {@code generate} and {@code docs} of one project compile
 * its sources once: keyed by the digest of everything a compilation reads, so a hit is the same compilation, and
 * bounded (the least recently used goes) so a reactor of many kijun projects does not keep every program in memory.
 * Only compilations without errors are kept; a failed one fails the build anyway.
 */
final class Compilations {
  /** How many compilations are kept. */
  static final int SIZE = 4;

  private static final Map<String, KijunBuild> BUILDS = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, KijunBuild> eldest) {
      return size() > SIZE;
    }
  };

  private Compilations() {}

  /** The digest of what {@link KijunBuild#compile} reads: own and library sources, libraries' packages, base package. */
  static String key(List<SourceFile> own, List<Library> libraries, String basePackage) {
    Digest d = new Digest().add(basePackage).add(Integer.toString(own.size()));
    own.forEach(s -> d.add(s.path()).add(s.text()));
    d.add(Integer.toString(libraries.size()));
    for (Library l : libraries) {
      d.add(l.origin()).add(Integer.toString(l.sources().size()));
      l.sources().forEach(s -> d.add(s.path()).add(s.text()));
      d.add(new TreeMap<>(l.schemas()).toString()).add(new TreeMap<>(l.editions()).toString());
    }
    return d.hex();
  }

  /** The compilation kept under {@code key}, if any. */
  static synchronized Optional<KijunBuild> get(String key) {
    return Optional.ofNullable(BUILDS.get(key));
  }

  /** Keeps {@code build} under {@code key} when it compiled without errors. */
  static synchronized void put(String key, KijunBuild build) {
    if (!build.result().hasErrors() && build.result().program().isPresent()) {
      BUILDS.put(key, build);
    }
  }

  /** Forgets every compilation (for tests). */
  static synchronized void clear() {
    BUILDS.clear();
  }
}
