package dev.kijun.compiler.output;

import java.util.Objects;

/** A generated file as a value: a relative path (with {@code /}) and its full text. Generators return these; only {@link OutputWriter} touches the disk. */
public record OutputFile(String path, String content) {
  public OutputFile {
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(content, "content is null");
    if (path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("output paths are relative and stay inside the output directory: " + path);
    }
  }

  /** The same file placed under {@code folder}. */
  public OutputFile under(String folder) {
    return new OutputFile(folder + "/" + path, content);
  }
}
