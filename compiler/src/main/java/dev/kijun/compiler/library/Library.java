package dev.kijun.compiler.library;

import dev.kijun.compiler.Sources;
import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a kijun artifact ships for projects that build on it, under {@code META-INF/kijun/}: its kijun sources
 * ({@code sources/}) and the Java package of each schema and edition whose classes it holds
 * ({@code java-packages.properties}). A dependent project compiles its own sources together with these, so they can
 * name the artifact's schema ({@code evidence "facility"}) and editions, and it reuses the artifact's classes
 * instead of generating a second copy.
 *
 * @param origin the jar's file name, or the classes directory's module, for messages and source names
 * @param sources the shipped sources, named {@code <origin>!/<path under sources/>}, sorted
 * @param schemas schema name to the Java package of its classes
 * @param editions edition key to the Java package of its classes
 */
public record Library(String origin, List<SourceFile> sources, Map<String, String> schemas, Map<String, String> editions) {
  /** Where the sources lie in the artifact. */
  public static final String SOURCES = "META-INF/kijun/sources/";
  /** Where the Java packages are listed in the artifact. */
  public static final String PACKAGES = "META-INF/kijun/java-packages.properties";

  /** Copies the lists; maps are sorted. */
  public Library {
    sources = List.copyOf(sources);
    schemas = Map.copyOf(schemas);
    editions = Map.copyOf(editions);
  }

  /**
   * Reads a class path element (a jar or a directory of classes); empty when it ships no kijun sources. Throws for
   * an unreadable element or a source that is not UTF-8.
   */
  public static Optional<Library> read(Path element) throws IOException {
    if (Files.isDirectory(element)) {
      return readDirectory(element);
    }
    if (Files.isRegularFile(element) && element.getFileName().toString().endsWith(".jar")) {
      return readJar(element);
    }
    return Optional.empty();
  }

  private static Optional<Library> readDirectory(Path dir) throws IOException {
    Path sourcesDir = dir.resolve(SOURCES);
    if (!Files.isDirectory(sourcesDir)) {
      return Optional.empty();
    }
    // target/classes of a reactor module: name it after the module's folder.
    Path module = dir.getParent() != null && dir.getParent().getParent() != null ? dir.getParent().getParent() : dir;
    String origin = module.getFileName() + "/" + module.relativize(dir).toString().replace('\\', '/');
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(sourcesDir)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".kijun") && Files.isRegularFile(p)).toList()) {
        texts.put(sourcesDir.relativize(f).toString().replace('\\', '/'), Sources.decode(Files.readAllBytes(f), f.toString()));
      }
    }
    Path packages = dir.resolve(PACKAGES);
    String index = Files.isRegularFile(packages) ? Sources.decode(Files.readAllBytes(packages), packages.toString()) : "";
    return Optional.of(of(origin, texts, index));
  }

  private static Optional<Library> readJar(Path jar) throws IOException {
    String origin = jar.getFileName().toString();
    Map<String, String> texts = new TreeMap<>();
    String index = "";
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        if (e.getName().startsWith(SOURCES) && e.getName().endsWith(".kijun")) {
          texts.put(e.getName().substring(SOURCES.length()), Sources.decode(bytes(zip, e), origin + "!/" + e.getName()));
        } else if (e.getName().equals(PACKAGES)) {
          index = Sources.decode(bytes(zip, e), origin + "!/" + e.getName());
        }
      }
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(of(origin, texts, index));
  }

  private static Library of(String origin, Map<String, String> texts, String index) throws IOException {
    List<SourceFile> sources = new ArrayList<>();
    texts.forEach((path, text) -> sources.add(new SourceFile(origin + "!/" + path, text)));
    Properties p = new Properties();
    p.load(new StringReader(index));
    Map<String, String> schemas = new TreeMap<>();
    Map<String, String> editions = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("schema.")) {
        schemas.put(key.substring("schema.".length()), p.getProperty(key).trim());
      } else if (key.startsWith("edition.")) {
        editions.put(key.substring("edition.".length()), p.getProperty(key).trim());
      }
    }
    return new Library(origin, sources, schemas, editions);
  }

  private static byte[] bytes(ZipFile zip, ZipEntry e) throws IOException {
    try (InputStream in = zip.getInputStream(e)) {
      return in.readAllBytes();
    }
  }
}
