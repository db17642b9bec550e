package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal that works on the compiled sources: it runs only when the project has sources and they compile. A goal that
 * writes files names them in its {@link #stamp()}: when the last run read the same inputs and its outputs are intact,
 * it skips the compilation and the writing ({@code -Dkijun.force=true} does not).
 */
abstract class CompilingMojo extends KijunMojo {
  CompilingMojo(String goal) {
    super(goal);
  }

  @Override
  final void run() throws MojoExecutionException, MojoFailureException {
    List<SourceFile> own = ownSources();
    if (own.isEmpty()) {
      getLog().info("kijun: no .kijun sources in " + sourceDirectory + "; nothing to " + goal);
      return;
    }
    List<Library> libraries = libraries();
    String key = Compilations.key(own, libraries, basePackage);
    Optional<BuildStamp> stamp = stamp();
    if (stamp.isEmpty()) {
      use(compile(own, libraries, key));
      return;
    }
    String inputs = BuildStamp.inputs(PluginFingerprint.of(mojoExecution.getMojoDescriptor().getPluginDescriptor()),
        goal, configuration(), key);
    try {
      if (!force && stamp.get().upToDate(inputs)) {
        getLog().info("kijun: " + goal + " is up to date (sources, dependencies' sources, configuration and plugin "
            + "unchanged, outputs intact); -Dkijun.force=true regenerates");
        upToDate();
        return;
      }
      stamp.get().forget();
      use(compile(own, libraries, key));
      stamp.get().record(inputs);
    } catch (IOException e) {
      throw new MojoExecutionException("kijun: cannot keep the up-to-date stamp " + stamp.get().file() + ": "
          + e.getMessage(), e);
    }
  }

  /** What the goal does with the compilation. */
  abstract void use(KijunBuild build) throws MojoExecutionException, MojoFailureException;

  /** Where the goal's up-to-date stamp is kept and what it writes; empty for a goal that writes nothing. */
  Optional<BuildStamp> stamp() {
    return Optional.empty();
  }

  /** The goal's configuration, as text: part of the inputs of the up-to-date check. */
  String configuration() {
    return "";
  }

  /** What the goal still does when it is up to date (adding its folders to the build). */
  void upToDate() {}

  /** The stamp file of this goal's execution, under the build directory. */
  Path stampFile() {
    String execution = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
    return buildDirectory().resolve("kijun-stamps")
        .resolve(goal + "-" + execution.replaceAll("[^A-Za-z0-9._-]", "_") + ".stamp");
  }
}
