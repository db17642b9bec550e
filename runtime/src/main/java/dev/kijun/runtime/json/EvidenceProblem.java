package dev.kijun.runtime.json;

import java.util.Objects;

/**
 * One problem with an evidence file. {@code message} is the whole one-line message as shown to the user, and
 * starts with {@code path} when there is one (e.g. {@code facts.devices[3]: missing required field `kind`});
 * {@code path} repeats it for tools. {@code line} and {@code column} are 1-based, or 0 when the problem concerns
 * the file as a whole (e.g. its size).
 */
public record EvidenceProblem(String file, String path, int line, int column, String message) {
  public EvidenceProblem {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(message, "message is null");
  }

  /** {@code file:line:column: message}, or {@code file: message} without a position. */
  public String render() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
