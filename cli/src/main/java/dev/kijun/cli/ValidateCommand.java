package dev.kijun.cli;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.EnvelopeCheck;
import dev.kijun.runtime.report.EvidenceWarning;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun validate}: bind each evidence file and run every validator of an edition. All files are loaded before
 * anything is printed, so bad evidence gives its messages, exit code 2 and no partial report.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate evidence files against a compiled edition and print verdicts per clause. Verdicts "
        + "describe what the evidence shows for each clause; they are not a claim of compliance.")
final class ValidateCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format { text, json }

  @Option(names = "--edition", required = true, split = ",", paramLabel = "DOC@EDITION",
      description = "edition(s) to validate against, e.g. mhlw-guideline@5.2; repeat or separate with commas; "
          + "`all` for every compiled edition (see `kijun editions`)")
  List<String> editionKeys;

  @Option(names = "--exit-zero", description = "exit 0 even when verdicts fail (bad input still exits 2)")
  boolean exitZero;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--strict", description = "treat evidence entries that no validated requirement reads (answers, "
      + "reviews or waivers naming an unknown clause, waiver or edition) as errors: exit 2, no report")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "assessment date for date-based checks and waiver expiry (default: each file's assessedOn)")
  LocalDate asOf;

  @Parameters(arity = "1..*", paramLabel = "EVIDENCE", description = "evidence JSON files")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Edition<?>> available = Editions.discover();
    List<Edition<?>> selected = new ArrayList<>();
    for (String key : editionKeys) {
      if (key.equals("all")) {
        available.stream().filter(e -> !selected.contains(e)).forEach(selected::add);
        continue;
      }
      Optional<Edition<?>> found = available.stream().filter(e -> e.info().key().equals(key)).findFirst();
      if (found.isEmpty()) {
        err.println("kijun: no compiled edition `" + key + "`; available: "
            + String.join(", ", available.stream().map(e -> e.info().key()).toList()) + " (or `all`)");
        return Main.BAD_INPUT;
      }
      if (!selected.contains(found.get())) {
        selected.add(found.get());
      }
    }
    List<Report> reports = new ArrayList<>();
    List<EvidenceProblem> problems = new ArrayList<>();
    Map<Path, Assessment<?>> loaded = new LinkedHashMap<>();
    for (Edition<?> ed : selected) {
      load(ed, reports, problems, loaded);
    }
    if (!problems.isEmpty()) {
      for (EvidenceProblem p : problems.stream().distinct().toList()) {
        err.println("kijun: bad evidence: " + p.render());
      }
      err.println("kijun: no report written; fix the evidence and run again");
      return Main.BAD_INPUT;
    }
    List<EnvelopeCheck.EditionView> views = selected.stream()
        .map(e -> new EnvelopeCheck.EditionView(e.info(), e.validators().stream().map(v -> v.info()).toList()))
        .toList();
    List<String> known = available.stream().map(e -> e.info().key()).toList();
    List<EvidenceWarning> warnings = new ArrayList<>();
    loaded.forEach((file, a) -> warnings.addAll(EnvelopeCheck.check(label(file), a, views, known)));
    for (EvidenceWarning w : warnings) {
      err.println("kijun: " + (strict ? "error" : "warning") + ": " + w.render());
    }
    if (strict && !warnings.isEmpty()) {
      err.println("kijun: no report written (--strict); fix the evidence and run again");
      return Main.BAD_INPUT;
    }
    ReportSet set = new ReportSet(reports, warnings);
    String rendered = format == Format.json ? JsonReport.render(set) : TextReport.render(set);
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return set.hasFailures() && !exitZero ? Main.FAILURES : 0;
  }

  private static String label(Path file) {
    return file.toString().replace('\\', '/');
  }

  private <E> void load(Edition<E> ed, List<Report> reports, List<EvidenceProblem> problems,
      Map<Path, Assessment<?>> loaded) {
    for (Path file : files) {
      try {
        Assessment<E> assessment = EvidenceLoader.load(file, ed.evidenceType());
        if (asOf != null) {
          assessment = assessment.withAsOf(asOf);
        }
        loaded.putIfAbsent(file, assessment);
        reports.add(Report.of(ed, label(file), assessment));
      } catch (EvidenceException e) {
        problems.addAll(e.problems());
      }
    }
  }
}
