package dev.kijun.compiler;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds and reads {@code .kijun} files: every argument may be a file or a directory searched recursively. A file that
 * cannot be read, a directory that cannot be listed and a file that is not UTF-8 are diagnostics
 * ({@link Code#UNREADABLE_SOURCE}, with the line and column of the first bad byte); a leading byte-order mark is
 * dropped.
 */
public final class Sources {
  /** The file extension of kijun sources. */
  public static final String EXTENSION = ".kijun";

  private Sources() {}

  /** The readable sources, sorted by name, and a diagnostic for each path that could not be read. */
  public record Loaded(List<SourceFile> sources, List<Diagnostic> problems) {
    public Loaded {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads the sources under {@code paths}; each is named relative to {@code base} when it lies under it. Throws
   * {@link java.nio.file.NoSuchFileException} only for an argument that does not exist.
   */
  public static Loaded load(List<Path> paths, Path base) throws IOException {
    return load(paths, base, null);
  }

  /**
   * As {@link #load(List, Path)}, but diagnostics show each file relative to {@code shownFrom} (the working directory)
   * while its name, which generated files carry, stays relative to {@code base}.
   */
  public static Loaded load(List<Path> paths, Path base, Path shownFrom) throws IOException {
    TreeMap<String, Path> files = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    Path shownBase = shownFrom == null ? base : shownFrom;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (f.getFileName().toString().endsWith(EXTENSION) && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
              files.put(displayName(f, base), f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            problems.add(unreadable(displayName(f, shownBase), Files.isDirectory(f) ? "directory" : "file", e));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              problems.add(unreadable(displayName(dir, shownBase), "directory", e));
            }
            return FileVisitResult.CONTINUE;
          }
        });
      } else if (Files.exists(p)) {
        files.put(displayName(p, base), p);
      } else {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
    }
    List<SourceFile> sources = new ArrayList<>();
    for (var entry : files.entrySet()) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(entry.getValue());
      } catch (IOException e) {
        problems.add(unreadable(displayName(entry.getValue(), shownBase), "file", e));
        continue;
      }
      String shown = shownFrom == null ? entry.getKey() : displayName(entry.getValue(), shownFrom);
      decode(entry.getKey(), shown, bytes, sources, problems);
    }
    return new Loaded(sources, problems);
  }

  /**
   * The text of a source read from elsewhere (a jar entry), decoded as {@link #load} decodes files (BOM dropped);
   * throws {@link IOException} naming it when it is not UTF-8.
   */
  public static String decode(byte[] bytes, String name) throws IOException {
    Loaded loaded = fromBytes(name, bytes);
    if (!loaded.problems().isEmpty()) {
      throw new IOException(name + ": " + loaded.problems().get(0).message());
    }
    return loaded.sources().get(0).text();
  }

  /**
   * Reads the sources under {@code paths}, sorted; each is named relative to {@code base} when it lies under it.
   * Throws {@link IOException} when any could not be read (see {@link #load} to get them as diagnostics).
   */
  public static List<SourceFile> read(List<Path> paths, Path base) throws IOException {
    Loaded loaded = load(paths, base);
    if (!loaded.problems().isEmpty()) {
      Diagnostic d = loaded.problems().get(0);
      throw new IOException(d.span().location() + ": " + d.message());
    }
    return loaded.sources();
  }

  /**
   * The root that names sources independently of the working directory: a single directory argument itself, else the
   * deepest directory holding every argument (a file argument counts as its folder).
   */
  public static Path root(List<Path> paths) {
    Path root = null;
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (root == null) {
        root = dir;
      } else {
        while (!dir.startsWith(root)) {
          root = root.getParent();
        }
      }
    }
    return root == null ? Path.of("").toAbsolutePath() : root;
  }

  /** One source from its bytes, decoded as {@link #load} decodes files (BOM dropped, invalid UTF-8 a diagnostic). */
  public static Loaded fromBytes(String name, byte[] bytes) {
    List<SourceFile> sources = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    decode(name, name, bytes, sources, problems);
    return new Loaded(sources, problems);
  }

  /** Decodes UTF-8 strictly; on the first malformed byte, reports its line and column in the text decoded so far. */
  static void decode(String name, String shown, byte[] bytes, List<SourceFile> sources, List<Diagnostic> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    int skip = text.startsWith("\uFEFF") ? 1 : 0;
    if (r.isError()) {
      SourceFile file = new SourceFile(name, shown, text.substring(skip));
      int at = text.length() - skip;
      problems.add(Diagnostic.error(Code.UNREADABLE_SOURCE, new Span(file, at, at),
          "byte " + in.position() + " (0x" + String.format("%02X", bytes[in.position()] & 0xFF)
              + ") is not valid UTF-8; kijun sources are UTF-8").withHelp("save the file as UTF-8"));
      return;
    }
    sources.add(new SourceFile(name, shown, text.substring(skip)));
  }

  private static Diagnostic unreadable(String name, String what, IOException e) {
    SourceFile file = new SourceFile(name, "");
    String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return Diagnostic.error(Code.UNREADABLE_SOURCE, new Span(file, 0, 0), "cannot read this " + what + ": " + reason)
        .withHelp("check its permissions; kijun reads every " + EXTENSION + " file under the paths it is given");
  }

  private static String displayName(Path f, Path base) {
    Path abs = f.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    Path shown = abs.startsWith(b) ? b.relativize(abs) : f.normalize();
    return shown.toString().replace('\\', '/');
  }
}
