package dev.kijun.compiler.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes generated files under a directory, as UTF-8, creating folders; unchanged files are left untouched. The
 * directory's {@value #MANIFEST} lists what the last run wrote: a file listed there that this run no longer produces
 * (a removed requirement's validator) is deleted, with folders it leaves empty; files kijun never wrote are left
 * alone.
 */
public final class OutputWriter {
  /** The manifest's file name, directly under the output directory. */
  public static final String MANIFEST = ".kijun-manifest";

  private OutputWriter() {}

  /** What a write did. */
  public record Written(int written, int unchanged, int removed) {
    /** {@code 12 written, 3 unchanged, 1 removed}. */
    public String summary() {
      return written + " written, " + unchanged + " unchanged, " + removed + " removed";
    }
  }

  /** Writes every file under {@code root}, removes files the previous run wrote and this one does not. */
  public static Written write(Path root, List<OutputFile> files) throws IOException {
    Map<String, String> byLower = new HashMap<>();
    TreeSet<String> now = new TreeSet<>();
    for (OutputFile f : files) {
      String previous = byLower.putIfAbsent(f.path().toLowerCase(Locale.ROOT), f.path());
      if (previous != null) {
        // The front end's NAME_COLLISION check should have stopped this; never let one file replace another.
        throw new IOException("two generated files differ only in case: " + previous + " and " + f.path());
      }
      now.add(f.path());
    }
    Files.createDirectories(root);
    int removed = 0;
    for (String old : listed(root)) {
      if (!now.contains(old)) {
        Path target = root.resolve(old).normalize();
        if (target.startsWith(root.normalize()) && Files.isRegularFile(target) && Files.deleteIfExists(target)) {
          removed++;
          pruneEmptyFolders(root.normalize(), target.getParent());
        }
      }
    }
    int written = 0;
    int unchanged = 0;
    for (OutputFile f : files) {
      Path target = root.resolve(f.path());
      Files.createDirectories(target.getParent());
      byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged++;
        continue;
      }
      Files.write(target, bytes);
      written++;
    }
    String manifest = "# Files written by kijun; the next run into this directory removes those it no longer writes.\n"
        + String.join("\n", now) + "\n";
    Path m = root.resolve(MANIFEST);
    if (!Files.exists(m) || !Files.readString(m, StandardCharsets.UTF_8).equals(manifest)) {
      Files.writeString(m, manifest, StandardCharsets.UTF_8);
    }
    return new Written(written, unchanged, removed);
  }

  /**
   * The relative paths the last run into {@code root} listed in its {@value #MANIFEST} (empty when there is none); only
   * plain relative paths without {@code ..} are trusted.
   */
  public static List<String> listed(Path root) throws IOException {
    Path m = root.resolve(MANIFEST);
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(m)) {
      return out;
    }
    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("/") || line.contains("\\")
          || List.of(line.split("/")).contains("..")) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  private static void pruneEmptyFolders(Path root, Path dir) throws IOException {
    while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }
}
