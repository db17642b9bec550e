package dev.kijun.compiler.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes generated files under a directory, as UTF-8, creating folders; unchanged files are left untouched. */
public final class OutputWriter {
  private OutputWriter() {}

  /** Writes every file under {@code root}. */
  public static void write(Path root, List<OutputFile> files) throws IOException {
    for (OutputFile f : files) {
      Path target = root.resolve(f.path());
      Files.createDirectories(target.getParent());
      byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Files.write(target, bytes);
    }
  }
}
