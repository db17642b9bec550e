package dev.kijun.cli;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--edition", required = true, paramLabel = "DOC@EDITION",
      description = "the edition to validate against, e.g. mhlw-guideline@5.2 (see `kijun editions`)")
  String edition;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

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
    Optional<Edition<?>> found = Editions.find(edition);
    if (found.isEmpty()) {
      err.println("kijun: no compiled edition `" + edition + "`; available: "
          + String.join(", ", Editions.discover().stream().map(e -> e.info().key()).toList()));
      return Main.BAD_INPUT;
    }
    return run(found.get(), err);
  }

  private <E> int run(Edition<E> ed, PrintWriter err) {
    List<Report> reports = new ArrayList<>();
    List<EvidenceProblem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Assessment<E> assessment = EvidenceLoader.load(file, ed.evidenceType());
        if (asOf != null) {
          assessment = assessment.withAsOf(asOf);
        }
        reports.add(Report.of(ed, file.toString().replace('\\', '/'), assessment));
      } catch (EvidenceException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      for (EvidenceProblem p : problems) {
        err.println("kijun: bad evidence: " + p.render());
      }
      err.println("kijun: no report written; fix the evidence and run again");
      return Main.BAD_INPUT;
    }
    ReportSet set = Report.combine(reports);
    String rendered = format == Format.json ? JsonReport.render(set) : TextReport.render(set);
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return set.hasFailures() ? Main.FAILURES : 0;
  }
}
