package dev.kijun.cli;

import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.output.OutputWriter;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLimits;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceLocations;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.EnvelopeCheck;
import dev.kijun.runtime.report.EvidenceWarning;
import dev.kijun.runtime.report.HtmlReport;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.JunitReport;
import dev.kijun.runtime.report.OscalChain;
import dev.kijun.runtime.report.OscalResults;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.SarifReport;
import dev.kijun.runtime.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun validate}: bind each evidence file and run every validator of an edition. Every file is validated
 * that can be: a bad file is reported with its problems (file, line, column, path) and left out, the others get
 * their reports, and the exit code is 2 when any file was bad. With {@code --format json} everything, bad input
 * included, is one JSON document on standard output. A directory stands for the evidence files below it (batch
 * mode: one summary line per file, and a progress line on a terminal).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate evidence files against a compiled edition and print verdicts per clause. Verdicts "
        + "describe what the evidence shows for each clause; they are not a claim of compliance.")
final class ValidateCommand implements Callable<Integer> {
  /** Report formats. */
  enum Format { text, json, html, sarif, junit, oscal }

  @Option(names = "--edition", required = true, split = ",", paramLabel = "DOC@EDITION",
      description = "edition(s) to validate against, e.g. mhlw-guideline@5.2; repeat or separate with commas; "
          + "`all` for every compiled edition (see `kijun editions`)")
  List<String> editionKeys;

  @Option(names = "--exit-zero", description = "exit 0 even when verdicts fail (bad input still exits 2)")
  boolean exitZero;

  @Option(names = "--format", defaultValue = "text", description = "text, json (one document, bad input included), "
      + "html (one self-contained page to print or send), sarif (SARIF 2.1.0: a result per failing finding, located "
      + "in the evidence file), junit (JUnit XML: a testsuite per edition and file, a testcase per requirement) or "
      + "oscal (OSCAL 1.1.3 assessment results: a finding per requirement) (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output "
      + "(written whole or not at all); the exit code still reflects the verdicts")
  Path out;

  @Option(names = "--oscal-chain", paramLabel = "DIR", description = "with --format oscal, also write per edition "
      + "DIR/<document>/<edition>/ the assessment results with the documents they import (assessment plan, system "
      + "security plan, profile, catalog), so OSCAL tools can follow every reference; see docs/oscal.md")
  Path oscalChain;

  @Option(names = "--strict", description = "treat evidence entries that no validated requirement reads (answers, "
      + "reviews or waivers naming an unknown clause, waiver or edition) as errors: the file is bad input (exit 2) "
      + "and gets no report")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "assessment date for date-based checks and waiver expiry (default: each file's assessedOn)")
  LocalDate asOf;

  @Option(names = "--max-evidence-size", paramLabel = "SIZE", defaultValue = "16MiB", converter = ByteSize.class,
      description = "largest evidence file read, e.g. 64MiB or 2GiB; enforced while reading, so pipes and devices "
          + "are safe (default: 16MiB)")
  long maxEvidenceSize;

  @Parameters(arity = "1..*", paramLabel = "EVIDENCE", description = "evidence JSON files, or directories of them "
      + "(every *.json below, in path order; batch mode: one summary line per file); `-` reads standard input")
  List<Path> files;

  @Spec
  CommandSpec spec;

  /** The first binding of each evidence file, whose envelope {@link EnvelopeCheck} examines. */
  private final Map<String, Assessment<?>> boundByFile = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<EvidenceProblem> problems = new ArrayList<>();
    List<Edition<?>> available = Editions.discover();
    List<Edition<?>> selected = new ArrayList<>();
    if (oscalChain != null && format != Format.oscal) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--oscal-chain needs --format oscal");
    }
    for (String key : editionKeys) {
      if (key.equals("all")) {
        available.stream().filter(e -> !selected.contains(e)).forEach(selected::add);
        continue;
      }
      Optional<Edition<?>> found = available.stream().filter(e -> e.info().key().equals(key)).findFirst();
      if (found.isEmpty()) {
        String message = "no compiled edition `" + key + "`; available: "
            + String.join(", ", available.stream().map(e -> e.info().key()).toList()) + " (or `all`)";
        if (format == Format.json) {
          return finish(new ReportSet(List.of()), List.of(new EvidenceProblem("", "", 0, 0, message)));
        }
        err.println("kijun: " + message);
        return Main.BAD_INPUT;
      }
      if (!selected.contains(found.get())) {
        selected.add(found.get());
      }
    }
    boolean batch = files.stream().anyMatch(f -> !f.toString().equals(EvidenceFiles.STDIN) && Files.isDirectory(f));
    List<Path> expanded = expand(problems);
    // Each file is read once, whatever the number of editions: a pipe cannot be read twice.
    EvidenceLimits limits = EvidenceLimits.DEFAULT.withMaxBytes(maxEvidenceSize);
    Map<String, byte[]> inputs = EvidenceFiles.readAll(expanded, limits, problems,
        "raise the limit with --max-evidence-size");
    List<Report> reports = new ArrayList<>();
    Map<String, Assessment<?>> bound = new HashMap<>();
    Progress progress = new Progress(err, batch && inputs.size() > 1 && System.console() != null, inputs.size());
    for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
      progress.step(input.getKey());
      for (Edition<?> ed : selected) {
        report(ed, input.getKey(), input.getValue(), limits, bound, reports, problems);
      }
    }
    progress.done();
    Set<String> bad = new LinkedHashSet<>();
    problems.forEach(p -> bad.add(label(p.file())));

    List<EnvelopeCheck.EditionView> views = selected.stream()
        .map(e -> new EnvelopeCheck.EditionView(e.info(), e.validators().stream().map(v -> v.info()).toList()))
        .toList();
    List<String> known = available.stream().map(e -> e.info().key()).toList();
    List<EvidenceWarning> warnings = new ArrayList<>();
    boundByFile.forEach((file, a) -> {
      if (!bad.contains(file)) {
        warnings.addAll(EnvelopeCheck.check(file, a, views, known));
      }
    });
    Map<String, EvidenceLocations> located = new HashMap<>();
    // Under --strict, unread entries are problems too: located for JSON, printed as errors in text.
    List<EvidenceProblem> strictProblems = new ArrayList<>();
    if (strict) {
      for (EvidenceWarning w : warnings) {
        EvidenceLocations where = located.computeIfAbsent(w.file(), f -> locations(inputs, f));
        Optional<EvidenceLocations.Position> at = where.ofFinding(w.path());
        strictProblems.add(new EvidenceProblem(w.file(), w.path(), at.map(EvidenceLocations.Position::line).orElse(0),
            at.map(EvidenceLocations.Position::column).orElse(0),
            w.path() + ": " + w.message() + (w.hint().isEmpty() ? "" : "; " + w.hint())));
        bad.add(w.file());
      }
    }
    List<Report> usable = reports.stream().filter(r -> !bad.contains(r.evidenceFile())).toList();
    ReportSet set = new ReportSet(usable, strict ? List.of() : warnings);
    if (format == Format.json) {
      List<EvidenceProblem> all = new ArrayList<>(problems);
      all.addAll(strictProblems);
      return finish(set, all);
    }
    for (EvidenceWarning w : warnings) {
      err.println("kijun: " + (strict ? "error" : "warning") + ": " + w.render());
    }
    for (EvidenceProblem p : problems.stream().distinct().toList()) {
      err.println("kijun: bad evidence: " + p.render());
    }
    if (batch && format == Format.text && out == null) {
      // A directory on a terminal gets one line per file; with --out the whole report goes to the file.
      summarize(inputs.keySet(), expanded, usable, bad);
    } else if (format == Format.sarif) {
      // A pipeline gets its log whatever happened: bad files are error notifications of an unsuccessful run.
      List<EvidenceProblem> all = new ArrayList<>(problems);
      all.addAll(strictProblems);
      if (!print(SarifReport.render(set, file -> located.computeIfAbsent(file, f -> locations(inputs, f)),
          BuildVersion.version(), all.stream().distinct().toList()))) {
        return Main.BAD_INPUT;
      }
    } else if (!usable.isEmpty() || (problems.isEmpty() && strictProblems.isEmpty())) {
      if (!print(render(set, inputs, located))) {
        return Main.BAD_INPUT;
      }
      if (oscalChain != null && !writeChain(set)) {
        return Main.BAD_INPUT;
      }
    }
    if (!problems.isEmpty() || !strictProblems.isEmpty()) {
      err.println(usable.isEmpty()
          ? "kijun: no report written" + (strict ? " (--strict)" : "") + "; fix the evidence and run again"
          : "kijun: no report for " + bad.size() + (bad.size() == 1 ? " evidence file" : " evidence files")
              + " with problems: " + String.join(", ", bad));
      return Main.BAD_INPUT;
    }
    return set.hasFailures() && !exitZero ? Main.FAILURES : 0;
  }

  private String render(ReportSet set, Map<String, byte[]> inputs, Map<String, EvidenceLocations> located) {
    return switch (format) {
      case json -> JsonReport.render(set, List.of());
      case sarif -> SarifReport.render(set, file -> located.computeIfAbsent(file, f -> locations(inputs, f)),
          BuildVersion.version());
      case html -> HtmlReport.render(set);
      case junit -> JunitReport.render(set);
      case oscal -> OscalResults.render(set, BuildVersion.version());
      case text -> TextReport.render(set);
    };
  }

  /** The one JSON document of a run, whatever happened; the exit code says what did. */
  private int finish(ReportSet set, List<EvidenceProblem> problems) {
    if (!print(JsonReport.render(set, problems.stream().distinct().toList())) || !problems.isEmpty()) {
      return Main.BAD_INPUT;
    }
    return set.hasFailures() && !exitZero ? Main.FAILURES : 0;
  }

  /**
   * Writes the OSCAL chain of {@code set} to {@code --oscal-chain}; what was written is said on standard error, as
   * standard output may be the assessment results themselves.
   */
  private boolean writeChain(ReportSet set) {
    List<OutputFile> chain = OscalChain.render(set, BuildVersion.version()).entrySet().stream()
        .map(e -> new OutputFile(e.getKey(), e.getValue())).toList();
    try {
      OutputWriter.Written written = OutputWriter.write(oscalChain, chain);
      spec.commandLine().getErr().println("kijun: wrote " + chain.size() + " OSCAL files to " + oscalChain + " ("
          + written.summary() + ")");
      return true;
    } catch (IOException e) {
      spec.commandLine().getErr().println("kijun: cannot write to " + oscalChain + ": " + e.getMessage());
      return false;
    }
  }

  /** Prints the report, or writes it whole to {@code --out}; false when that file could not be written. */
  private boolean print(String text) {
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return true;
    }
    if (AtomicOutput.write(out, text.getBytes(StandardCharsets.UTF_8), AtomicOutput.Readers.AS_UMASK,
        spec.commandLine().getErr())) {
      spec.commandLine().getOut().println("wrote " + out);
      return true;
    }
    return false;
  }

  /** Batch mode: one line per evidence file, in order, then the totals. */
  private void summarize(Set<String> read, List<Path> expanded, List<Report> usable, Set<String> bad) {
    PrintWriter stdout = spec.commandLine().getOut();
    int ok = 0;
    int failing = 0;
    for (Path p : expanded) {
      String file = label(p.toString());
      if (bad.contains(file) || !read.contains(p.toString())) {
        stdout.println(file + ": bad evidence (no report; problems above)");
        continue;
      }
      List<Report> mine = usable.stream().filter(r -> r.evidenceFile().equals(file)).toList();
      Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
      mine.forEach(r -> r.counts().forEach((o, n) -> counts.merge(o, n, Integer::sum)));
      boolean fails = mine.stream().anyMatch(Report::hasFailures);
      List<String> parts = new ArrayList<>();
      counts.forEach((o, n) -> {
        if (n > 0) {
          parts.add(n + " " + o.jsonName());
        }
      });
      stdout.println(file + ": " + (fails ? "failures" : "ok") + " (" + mine.size()
          + (mine.size() == 1 ? " edition: " : " editions: ") + String.join(", ", parts) + ")");
      if (fails) {
        failing++;
      } else {
        ok++;
      }
    }
    stdout.println(expanded.size() + (expanded.size() == 1 ? " evidence file: " : " evidence files: ") + ok + " ok, "
        + failing + " with failures, " + (expanded.size() - ok - failing) + " bad");
    stdout.flush();
  }

  /** The files named, each directory replaced by the regular {@code *.json} files below it in path order. */
  private List<Path> expand(List<EvidenceProblem> problems) {
    List<Path> expanded = new ArrayList<>();
    for (Path f : files) {
      if (f.toString().equals(EvidenceFiles.STDIN) || !Files.isDirectory(f)) {
        expanded.add(f);
        continue;
      }
      try (Stream<Path> walk = Files.walk(f)) {
        List<Path> found = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
            .sorted().toList();
        if (found.isEmpty()) {
          problems.add(new EvidenceProblem(f.toString(), "", 0, 0, "no *.json evidence files in this directory"));
        }
        expanded.addAll(found);
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(new EvidenceProblem(f.toString(), "", 0, 0, "the directory could not be read"));
      }
    }
    return expanded;
  }

  /** A file's name as reports show it: as given, with {@code /} separators. */
  private static String label(String file) {
    return file.replace('\\', '/');
  }

  /** The value locations of an evidence file named as in its report. */
  private static EvidenceLocations locations(Map<String, byte[]> inputs, String reportName) {
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      if (label(e.getKey()).equals(reportName)) {
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
      boundByFile.putIfAbsent(label(file), assessment);
      reports.add(Report.of(ed, label(file), asOf == null ? assessment : assessment.withAsOf(asOf)));
    }
  }

  /** {@code [3/120] clinic.json} on standard error, rewritten in place, only on a terminal and in batch mode. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean on;
    private final int total;
    private int done;
    private int width;

    Progress(PrintWriter err, boolean on, int total) {
      this.err = err;
      this.on = on;
      this.total = total;
    }

    void step(String file) {
      if (on) {
        String line = "[" + (++done) + "/" + total + "] " + file;
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        err.flush();
      }
    }

    void done() {
      if (on && width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
  }
}
