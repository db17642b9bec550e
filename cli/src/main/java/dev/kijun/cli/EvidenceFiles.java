package dev.kijun.cli;

import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceInput;
import dev.kijun.runtime.json.EvidenceLimits;
import dev.kijun.runtime.json.EvidenceProblem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the evidence files named on a command line, each once; {@code -} is standard input. */
final class EvidenceFiles {
  /** The name standard input goes by, on the command line and in messages. */
  static final String STDIN = "-";

  private EvidenceFiles() {}

  /**
   * The bytes of each file by its name as given, in command-line order; a file that cannot be read adds its problems
   * and is left out. A file named twice is read once.
   */
  static Map<String, byte[]> readAll(List<Path> files, EvidenceLimits limits, List<EvidenceProblem> problems,
      String tooLargeHint) {
    Map<String, byte[]> read = new LinkedHashMap<>();
    for (Path file : files) {
      String name = file.toString();
      if (read.containsKey(name)) {
        continue;
      }
      try {
        read.put(name, name.equals(STDIN)
            ? EvidenceInput.read(System.in, STDIN, limits.maxBytes(), tooLargeHint)
            : EvidenceInput.read(file, limits.maxBytes(), tooLargeHint));
      } catch (EvidenceException e) {
        problems.addAll(e.problems());
      }
    }
    return read;
  }
}
