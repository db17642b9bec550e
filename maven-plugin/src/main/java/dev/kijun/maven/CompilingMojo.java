package dev.kijun.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** A goal that works on the compiled sources: it runs only when the project has sources and they compile. */
abstract class CompilingMojo extends KijunMojo {
  CompilingMojo(String goal) {
    super(goal);
  }

  @Override
  final void run() throws MojoExecutionException, MojoFailureException {
    Optional<KijunBuild> build = compileOwnSources();
    if (build.isPresent()) {
      use(build.get());
    }
  }

  /** What the goal does with the compilation. */
  abstract void use(KijunBuild build) throws MojoExecutionException, MojoFailureException;
}
