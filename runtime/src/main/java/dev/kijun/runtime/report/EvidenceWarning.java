package dev.kijun.runtime.report;

import java.util.Objects;

/**
 * A key of an evidence file's envelope that no validated requirement reads: an answer, review or waiver naming an
 * unknown clause, edition or waiver. Such an entry would otherwise be ignored without a word.
 *
 * @param file the evidence file's label
 * @param path where in the file, e.g. {@code answers["mhlw-checklist@R7/2.08"]} or {@code waivers[0].waiver}
 * @param message what is wrong, lowercase, one line
 * @param hint a did-you-mean or what to do; empty when there is none
 */
public record EvidenceWarning(String file, String path, String message, String hint) {
  public EvidenceWarning {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(hint, "hint is null");
  }

  /** {@code file: path: message; hint}. */
  public String render() {
    return file + ": " + path + ": " + message + (hint.isEmpty() ? "" : "; " + hint);
  }
}
