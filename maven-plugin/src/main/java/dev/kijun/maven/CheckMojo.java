package dev.kijun.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kijun:check}: compiles the sources (with the kijun sources of dependencies) and prints the diagnostics as
 * {@code kijun check} does; fails the build on any error, and on warnings when {@code failOnWarning} is set.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends CompilingMojo {
  /** Fail on warnings too. */
  @Parameter(property = "kijun.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Creates the goal (Maven injects the parameters). */
  public CheckMojo() {
    super("check");
  }

  @Override
  void use(KijunBuild build) throws MojoExecutionException, MojoFailureException {
    long warnings = build.diagnosticsToShow().size();
    if (failOnWarning && warnings > 0) {
      throw new MojoFailureException("kijun: " + count(warnings, "warning") + " in the kijun sources and failOnWarning is set");
    }
    getLog().info("kijun: " + count(build.own().size(), "source") + " checked, no errors, " + count(warnings, "warning"));
  }
}
