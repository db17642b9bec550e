package dev.kijun.maven;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates evidence files against editions, as {@code kijun validate} does: every file is read once and checked
 * against every edition; bad evidence gives problems (file, line, column, path) and no report. Maven-free.
 *
 * @param reports the reports, per evidence file then per edition, when no file was bad
 * @param problems every problem of every bad or unreadable file
 */
public record EvidenceRun(ReportSet reports, List<EvidenceProblem> problems) {
  /** Copies the list. */
  public EvidenceRun {
    problems = List.copyOf(problems);
  }

  /**
   * Runs every edition on every file; {@code base} is the folder file names in reports are relative to, and
   * {@code asOf}, when present, replaces each file's assessment date.
   */
  public static EvidenceRun run(List<Edition<?>> editions, List<Path> files, Path base, Optional<LocalDate> asOf) {
    List<Report> reports = new ArrayList<>();
    List<EvidenceProblem> problems = new ArrayList<>();
    for (Path file : files) {
      String name = name(file, base);
      byte[] json;
      try {
        json = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(new EvidenceProblem(name, "", 0, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")"));
        continue;
      }
      for (Edition<?> edition : editions) {
        try {
          reports.add(report(edition, json, name, asOf));
        } catch (EvidenceException e) {
          e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
      }
    }
    return new EvidenceRun(new ReportSet(problems.isEmpty() ? reports : List.of()), problems);
  }

  private static <E> Report report(Edition<E> edition, byte[] json, String name, Optional<LocalDate> asOf)
      throws EvidenceException {
    Assessment<E> assessment = EvidenceLoader.load(json, name, edition.evidenceType());
    return Report.of(edition, name, asOf.map(assessment::withAsOf).orElse(assessment));
  }

  private static String name(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : file.getFileName()).toString().replace('\\', '/');
  }
}
