package dev.kijun.compiler;

import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads {@code .kijun} files: every argument may be a file or a directory searched recursively. */
public final class Sources {
  /** The file extension of kijun sources. */
  public static final String EXTENSION = ".kijun";

  private Sources() {}

  /**
   * Reads the sources under {@code paths}, sorted; each is named relative to {@code base} when it lies under it.
   * Throws {@link IOException} for unreadable paths and for files that are not UTF-8.
   */
  public static List<SourceFile> read(List<Path> paths, Path base) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(EXTENSION) && Files.isRegularFile(f)).forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
    }
    List<SourceFile> sources = new ArrayList<>();
    for (Path f : files.stream().map(Path::normalize).distinct().sorted().toList()) {
      sources.add(new SourceFile(displayName(f, base), decode(f)));
    }
    return sources;
  }

  private static String decode(Path f) throws IOException {
    return decode(Files.readAllBytes(f), f.toString());
  }

  /** The text of a source read from elsewhere (a jar entry); throws {@link IOException} naming it when not UTF-8. */
  public static String decode(byte[] bytes, String name) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException(name + " is not valid UTF-8");
    }
  }

  private static String displayName(Path f, Path base) {
    Path abs = f.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    Path shown = abs.startsWith(b) ? b.relativize(abs) : f;
    return shown.toString().replace('\\', '/');
  }
}
