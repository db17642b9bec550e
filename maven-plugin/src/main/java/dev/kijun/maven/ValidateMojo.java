package dev.kijun.maven;

import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.json.EvidenceProblem;
import dev.kijun.runtime.report.JsonReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kijun:validate}: validates evidence files against compiled editions (this project's and its dependencies')
 * and writes the reports ({@code kijun-report.txt}, {@code kijun-report.json}). Fails the build when any verdict is
 * NOT_SATISFIED or EVIDENCE_MISSING (what makes {@code kijun validate} exit 1) unless {@code failOnNotSatisfied} is
 * false, and always on bad evidence (every problem listed with file, line, column and path).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class ValidateMojo extends KijunMojo {
  /** The evidence files (docs/evidence.md). */
  @Parameter(required = true)
  List<File> evidenceFiles;

  /**
   * Edition keys ({@code document@edition}), or {@code all} for every edition on the run-time class path; by default
   * the editions this project generated.
   */
  @Parameter
  List<String> editions;

  /** The assessment date (YYYY-MM-DD) instead of each file's {@code assessedOn}. */
  @Parameter(property = "kijun.asOf")
  String asOf;

  /** Fail the build when any verdict is NOT_SATISFIED or EVIDENCE_MISSING. */
  @Parameter(property = "kijun.failOnNotSatisfied", defaultValue = "true")
  boolean failOnNotSatisfied;

  /** Where the reports go. */
  @Parameter(defaultValue = "${project.build.directory}/kijun/reports")
  File reportDirectory;

  /** Creates the goal (Maven injects the parameters). */
  public ValidateMojo() {
    super("validate");
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Optional<LocalDate> date = date();
    try (URLClassLoader loader = projectLoader()) {
      List<Edition<?>> selected = select(Editions.discover(loader));
      List<Path> files = evidenceFiles.stream().map(File::toPath).toList();
      EvidenceRun run = EvidenceRun.run(selected, files, project.getBasedir().toPath(), date);
      if (!run.problems().isEmpty()) {
        StringBuilder text = new StringBuilder("kijun: bad evidence; no report written");
        for (EvidenceProblem p : run.problems()) {
          text.append("\n  ").append(p.render());
        }
        getLog().error(text);
        throw new MojoFailureException("kijun: " + run.problems().size() + " problems in the evidence files; see above");
      }
      write(run.reports());
      summarize(run.reports());
      if (run.reports().hasFailures()) {
        String message = "kijun: failing verdicts (NOT_SATISFIED or EVIDENCE_MISSING); reports in " + reportDirectory;
        if (failOnNotSatisfied) {
          throw new MojoFailureException(message);
        }
        getLog().warn(message + " (failOnNotSatisfied is false)");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("kijun: " + e.getMessage(), e);
    }
  }

  private Optional<LocalDate> date() throws MojoFailureException {
    if (asOf == null || asOf.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.trim()));
    } catch (DateTimeParseException e) {
      throw new MojoFailureException("kijun: asOf `" + asOf + "` is not a date of the form YYYY-MM-DD");
    }
  }

  /**
   * The project's run-time class path over the plugin's loader: the runtime and Jackson come from the plugin (the
   * same classes the editions are looked up with), the generated classes from the project and its dependencies.
   */
  private URLClassLoader projectLoader() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("kijun: cannot build the project's class path: " + e.getMessage(), e);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
  }

  private List<Edition<?>> select(List<Edition<?>> available) throws MojoFailureException, IOException {
    Set<String> known = new TreeSet<>();
    available.forEach(e -> known.add(e.info().key()));
    if (editions == null || editions.isEmpty()) {
      Set<String> own = ownEditionClasses();
      List<Edition<?>> mine = available.stream().filter(e -> own.contains(e.getClass().getName())).toList();
      if (mine.isEmpty()) {
        throw new MojoFailureException("kijun: this project generated no edition; name <editions> to validate against"
            + " (available: " + String.join(", ", known) + ", or `all`)");
      }
      return mine;
    }
    List<Edition<?>> selected = new ArrayList<>();
    for (String key : editions) {
      List<Edition<?>> matching = key.equals("all") ? available
          : available.stream().filter(e -> e.info().key().equals(key)).toList();
      if (matching.isEmpty()) {
        throw new MojoFailureException("kijun: no compiled edition `" + key + "`; available: " + String.join(", ", known)
            + " (or `all`)");
      }
      matching.stream().filter(e -> !selected.contains(e)).forEach(selected::add);
    }
    return selected;
  }

  /** The editions registered in this project's own output, by class name. */
  private Set<String> ownEditionClasses() throws IOException {
    Path services = Path.of(project.getBuild().getOutputDirectory(), "META-INF/services/dev.kijun.runtime.Edition");
    Set<String> names = new TreeSet<>();
    if (Files.isRegularFile(services)) {
      Files.readAllLines(services, StandardCharsets.UTF_8).stream().map(String::trim).filter(l -> !l.isEmpty())
          .forEach(names::add);
    }
    return names;
  }

  private void write(ReportSet set) throws IOException {
    Files.createDirectories(reportDirectory.toPath());
    Files.writeString(reportDirectory.toPath().resolve("kijun-report.txt"), TextReport.render(set), StandardCharsets.UTF_8);
    Files.writeString(reportDirectory.toPath().resolve("kijun-report.json"), JsonReport.render(set), StandardCharsets.UTF_8);
  }

  /** One line per report, then one per failing verdict, so a CI log shows what failed without opening the report. */
  private void summarize(ReportSet set) {
    for (Report r : set.reports()) {
      StringBuilder counts = new StringBuilder();
      r.counts().forEach((o, n) -> {
        if (n > 0) {
          counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(o);
        }
      });
      getLog().info("kijun: " + r.edition().key() + " on " + r.evidenceFile() + ": " + counts);
      for (Verdict v : r.verdicts()) {
        if (v.outcome() == Outcome.NOT_SATISFIED || v.outcome() == Outcome.EVIDENCE_MISSING) {
          String reason = v.findings().stream().filter(f -> f.outcome() == v.outcome()).map(f -> f.reason())
              .findFirst().orElse("");
          getLog().info("kijun:   " + v.outcome() + " " + v.requirement().id() + (reason.isEmpty() ? "" : ": " + reason));
        }
      }
    }
    getLog().info("kijun: reports in " + reportDirectory);
  }
}
