package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one evidence file in the order found. */
final class Problems {
  private final String file;
  private final List<EvidenceProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /** Adds a problem at {@code path}; the message gets the path as its prefix when there is one. */
  void add(String path, JsonLocation at, String message) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    found.add(new EvidenceProblem(file, path, line, column, path.isEmpty() ? message : path + ": " + message));
  }

  void add(EvidenceProblem problem) {
    found.add(problem);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems in document order: by line, then column; file-level problems (no position) first. */
  List<EvidenceProblem> list() {
    List<EvidenceProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(EvidenceProblem::line).thenComparingInt(EvidenceProblem::column));
    return List.copyOf(sorted);
  }
}
