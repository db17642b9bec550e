package dev.kijun.maven;

import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kijun:docs}: the HTML site and Markdown pages, the JSON Schema of each evidence schema and the JSON catalog
 * of each edition, in the layout of {@code kijun compile --out} ({@code docs/html}, {@code docs/md}, {@code schema},
 * {@code catalog}). They cover the project's own schemas, editions and mappings (and the editions its mappings
 * relate), not every edition of its dependencies.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class DocsMojo extends CompilingMojo {
  /** Where the docs and exports go. */
  @Parameter(defaultValue = "${project.build.directory}/kijun")
  File outputDirectory;

  /** Write the HTML site. */
  @Parameter(property = "kijun.html", defaultValue = "true")
  boolean html;

  /** Write the Markdown pages. */
  @Parameter(property = "kijun.markdown", defaultValue = "true")
  boolean markdown;

  /** The folders under {@link #outputDirectory} that are the plugin's. */
  private static final List<String> FOLDERS = List.of("docs", "schema", "catalog");

  /** Creates the goal (Maven injects the parameters). */
  public DocsMojo() {
    super("docs");
  }

  @Override
  void use(KijunBuild build) throws MojoExecutionException, MojoFailureException {
    Program program = build.ownProgram();
    List<OutputFile> files = new ArrayList<>(Outputs.docs(program, html, markdown));
    files.addAll(Outputs.exports(program));
    try {
      // Only these folders are the plugin's: other files under the output directory (reports) stay.
      for (String folder : FOLDERS) {
        GeneratedFiles.sync(outputDirectory.toPath().resolve(folder), GeneratedFiles.under(files, folder),
            buildDirectory());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("kijun: cannot write docs: " + e.getMessage(), e);
    }
    getLog().info("kijun: docs, JSON Schemas and catalogs of " + count(program.editions().size(), "edition") + " in " + outputDirectory);
  }

  @Override
  Optional<BuildStamp> stamp() {
    return Optional.of(new BuildStamp(stampFile(),
        FOLDERS.stream().map(f -> outputDirectory.toPath().resolve(f)).toList(), List.of()));
  }

  @Override
  String configuration() {
    return String.join("\n", outputDirectory.getPath(), String.valueOf(html), String.valueOf(markdown));
  }
}
