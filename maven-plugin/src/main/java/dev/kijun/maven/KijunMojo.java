package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.source.SourceFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that compiles kijun sources shares: where the sources are, the base package, and one compilation
 * together with the kijun sources of the project's dependencies (see {@link Library}). Diagnostics are printed as
 * the command line prints them; an error fails the build without a stack trace.
 */
abstract class KijunMojo extends AbstractMojo {
  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The folder searched (recursively) for {@code .kijun} files. */
  @Parameter(property = "kijun.sourceDirectory", defaultValue = "${project.basedir}/src/main/kijun")
  File sourceDirectory;

  /**
   * Source files are named relative to this folder in diagnostics, generated headers and docs, so no machine's
   * absolute path ends up in generated files.
   */
  @Parameter(defaultValue = "${project.basedir}")
  File sourceNamesBase;

  /** The Java package under which this project's schemas and editions are generated. */
  @Parameter(property = "kijun.basePackage", defaultValue = "dev.kijun.generated")
  String basePackage;

  /** Skips the goal. */
  @Parameter(property = "kijun.skip", defaultValue = "false")
  boolean skip;

  /** Regenerates even when the sources, configuration and plugin are unchanged and the outputs intact. */
  @Parameter(property = "kijun.force", defaultValue = "false")
  boolean force;

  /** This run of the goal: its execution id names the up-to-date stamp, its plugin is part of the inputs. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  final String goal;

  /** A goal named {@code goal} (for messages). */
  KijunMojo(String goal) {
    this.goal = goal;
  }

  /** What the goal does when it is not skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kijun: " + goal + " skipped");
      return;
    }
    run();
  }

  /** The project's own sources, named relative to {@link #sourceNamesBase}; empty when the folder does not exist. */
  List<SourceFile> ownSources() throws MojoExecutionException {
    if (!sourceDirectory.isDirectory()) {
      return List.of();
    }
    try {
      return Sources.read(List.of(sourceDirectory.toPath()), sourceNamesBase.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("kijun: cannot read sources: " + e.getMessage(), e);
    }
  }

  /** The project's build directory ({@code target}): generated folders under it are the plugin's to prune. */
  Path buildDirectory() {
    return Path.of(project.getBuild().getDirectory());
  }

  /** What own source names start with before the path under {@link #sourceDirectory}. */
  String sourcePrefix() {
    Path base = sourceNamesBase.toPath().toAbsolutePath().normalize();
    Path dir = sourceDirectory.toPath().toAbsolutePath().normalize();
    return dir.startsWith(base) && !dir.equals(base) ? base.relativize(dir).toString().replace('\\', '/') + "/" : "";
  }

  /** The kijun libraries on the compile class path, except the project's own output. */
  List<Library> libraries() throws MojoExecutionException {
    List<Library> libraries = new ArrayList<>();
    Path own = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
    try {
      for (String element : project.getCompileClasspathElements()) {
        Path p = Path.of(element).toAbsolutePath().normalize();
        if (!p.equals(own) && Files.exists(p)) {
          Library.read(p).ifPresent(libraries::add);
        }
      }
    } catch (DependencyResolutionRequiredException | IOException e) {
      throw new MojoExecutionException("kijun: cannot read the kijun sources of dependencies: " + e.getMessage(), e);
    }
    for (Library l : libraries) {
      getLog().debug("kijun: " + l.origin() + ": " + count(l.sources().size(), "source") + ", "
          + count(l.schemas().size(), "schema") + " and " + count(l.editions().size(), "edition") + " provided");
    }
    return libraries;
  }

  /** {@code 1 source}, {@code 2 sources}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Compiles (or takes the compilation an earlier goal of this build made of the same inputs, {@code key}), prints
   * the diagnostics, and fails on errors.
   */
  KijunBuild compile(List<SourceFile> own, List<Library> libraries, String key)
      throws MojoExecutionException, MojoFailureException {
    Optional<KijunBuild> earlier = Compilations.get(key);
    if (earlier.isPresent()) {
      // Its warnings were shown by the goal that compiled it.
      getLog().info("kijun: sources unchanged since an earlier goal of this build; reusing its compilation");
      return earlier.get();
    }
    KijunBuild build = KijunBuild.compile(own, libraries, basePackage);
    Compilations.put(key, build);
    List<Diagnostic> shown = build.diagnosticsToShow();
    if (!shown.isEmpty()) {
      String rendered = DiagnosticRenderer.render(shown).stripTrailing();
      if (build.result().hasErrors()) {
        getLog().error("kijun: errors in the sources\n" + rendered);
      } else {
        getLog().warn("kijun: warnings in the sources\n" + rendered);
      }
    }
    if (build.result().hasErrors() || build.result().program().isEmpty()) {
      long errors = shown.stream().filter(Diagnostic::isError).count();
      throw new MojoFailureException("kijun: " + count(errors, "error") + " in the kijun sources "
          + "(" + sourcePrefix() + "); see the diagnostics above");
    }
    return build;
  }
}
