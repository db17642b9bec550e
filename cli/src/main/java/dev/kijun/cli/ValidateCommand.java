package dev.kijun.cli;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLimits;
import dev.kijun.runtime.json.EvidenceLocations;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.EnvelopeCheck;
import dev.kijun.runtime.report.EvidenceWarning;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.JunitReport;
import dev.kijun.runtime.report.OscalResults;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.SarifReport;
import dev.kijun.runtime.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
  enum Format { text, json, sarif, junit, oscal }

  @Option(names = "--edition", required = true, split = ",", paramLabel = "DOC@EDITION",
      description = "edition(s) to validate against, e.g. mhlw-guideline@5.2; repeat or separate with commas; "
          + "`all` for every compiled edition (see `kijun editions`)")
  List<String> editionKeys;

  @Option(names = "--exit-zero", description = "exit 0 even when verdicts fail (bad input still exits 2)")
  boolean exitZero;

  @Option(names = "--format", defaultValue = "text", description = "text, json, sarif (SARIF 2.1.0: a result per failing finding, located in the "
          + "evidence file), junit (JUnit XML: a testsuite per edition and file, a testcase per requirement) or "
          + "oscal (OSCAL 1.1.3 assessment results: a finding per requirement) "
          + "(default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--strict", description = "treat evidence entries that no validated requirement reads (answers, "
      + "reviews or waivers naming an unknown clause, waiver or edition) as errors: exit 2, no report")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "assessment date for date-based checks and waiver expiry (default: each file's assessedOn)")
  LocalDate asOf;

  @Option(names = "--max-evidence-size", paramLabel = "SIZE", defaultValue = "16MiB", converter = ByteSize.class,
      description = "largest evidence file read, e.g. 64MiB or 2GiB; enforced while reading, so pipes and devices "
          + "are safe (default: 16MiB)")
  long maxEvidenceSize;

  @Parameters(arity = "1..*", paramLabel = "EVIDENCE", description = "evidence JSON files; `-` reads standard input")
  List<Path> files;

  @Spec
  CommandSpec spec;

  /** The first binding of each evidence file, whose envelope {@link EnvelopeCheck} examines. */
  private final Map<String, Assessment<?>> boundByFile = new LinkedHashMap<>();

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
    List<EvidenceProblem> problems = new ArrayList<>();
    // Each file is read once, whatever the number of editions: a pipe cannot be read twice.
    EvidenceLimits limits = EvidenceLimits.DEFAULT.withMaxBytes(maxEvidenceSize);
    Map<String, byte[]> inputs = EvidenceFiles.readAll(files, limits, problems,
        "raise the limit with --max-evidence-size");
    List<Report> reports = new ArrayList<>();
    Map<String, Assessment<?>> bound = new HashMap<>();
    for (Edition<?> ed : selected) {
      for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
        report(ed, input.getKey(), input.getValue(), limits, bound, reports, problems);
      }
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
    boundByFile.forEach((file, a) -> warnings.addAll(EnvelopeCheck.check(file, a, views, known)));
    for (EvidenceWarning w : warnings) {
      err.println("kijun: " + (strict ? "error" : "warning") + ": " + w.render());
    }
    if (strict && !warnings.isEmpty()) {
      err.println("kijun: no report written (--strict); fix the evidence and run again");
      return Main.BAD_INPUT;
    }
    ReportSet set = new ReportSet(reports, warnings);
    Map<String, EvidenceLocations> located = new HashMap<>();
    String rendered = switch (format) {
      case json -> JsonReport.render(set);
      case sarif -> SarifReport.render(set, file -> located.computeIfAbsent(file, f -> locations(inputs, f)), BuildVersion.version());
      case junit -> JunitReport.render(set);
      case oscal -> OscalResults.render(set, BuildVersion.version());
      case text -> TextReport.render(set);
    };
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return set.hasFailures() && !exitZero ? Main.FAILURES : 0;
  }

  /** The value locations of an evidence file named as in its report ({@code \\} written as {@code /}). */
  private static EvidenceLocations locations(Map<String, byte[]> inputs, String reportName) {
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      if (e.getKey().replace('\\', '/').equals(reportName)) {
        return EvidenceLocations.of(e.getValue());
      }
    }
    return EvidenceLocations.none();
  }

  /** Binds {@code json} to the edition's evidence type, once per type: editions sharing a schema share the binding. */
  @SuppressWarnings("unchecked")
  private <E> void report(Edition<E> ed, String file, byte[] json, EvidenceLimits limits,
      Map<String, Assessment<?>> bound, List<Report> reports, List<EvidenceProblem> problems) {
    String key = file + "\u0000" + ed.evidenceType().getName();
    Assessment<E> assessment = (Assessment<E>) bound.get(key);
    if (assessment == null && !bound.containsKey(key)) {
      try {
        assessment = EvidenceLoader.load(json, file, ed.evidenceType(), limits);
      } catch (EvidenceException e) {
        problems.addAll(e.problems());
      }
      bound.put(key, assessment);
    }
    if (assessment != null) {
      boundByFile.putIfAbsent(file.replace('\\', '/'), assessment);
      reports.add(Report.of(ed, file.replace('\\', '/'), asOf == null ? assessment : assessment.withAsOf(asOf)));
    }
  }
}
