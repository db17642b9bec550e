package dev.kijun.maven;

import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.output.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code kijun:generate}: Java records and validators from {@code src/main/kijun}, added as a compile source root, and
 * the {@code ServiceLoader} registration, added as a resource folder. Schemas and editions that a dependency already
 * holds (its jar ships {@code META-INF/kijun/}) are referenced, not generated again. By default the sources and the
 * Java packages are shipped in the jar too, so other projects can build on this one.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class GenerateMojo extends CompilingMojo {
  /** Where the Java sources go; added as a compile source root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/kijun")
  File outputDirectory;

  /** Where the service registration and shipped sources go; added as a resource folder. */
  @Parameter(defaultValue = "${project.build.directory}/generated-resources/kijun")
  File resourcesDirectory;

  /** Ship the kijun sources and Java packages under {@code META-INF/kijun/} for projects that build on this one. */
  @Parameter(property = "kijun.shipSources", defaultValue = "true")
  boolean shipSources;

  /**
   * When set, the coverage of the sources as Markdown ({@code kijun coverage --format md}) is written there; rewritten
   * only when it changed.
   */
  @Parameter
  File contentFile;

  /** Creates the goal (Maven injects the parameters). */
  public GenerateMojo() {
    super("generate");
  }

  @Override
  void use(KijunBuild build) throws MojoExecutionException, MojoFailureException {
    List<OutputFile> generated = JavaGenerator.generate(build.result().program().orElseThrow(), build.target());
    List<OutputFile> resources = new ArrayList<>(GeneratedFiles.under(generated, "resources"));
    if (shipSources) {
      resources.addAll(build.libraryFiles(sourcePrefix()));
    }
    List<OutputFile> java = GeneratedFiles.under(generated, "java");
    try {
      GeneratedFiles.sync(outputDirectory.toPath(), java, buildDirectory());
      GeneratedFiles.sync(resourcesDirectory.toPath(), resources, buildDirectory());
      if (contentFile != null) {
        writeIfChanged(contentFile.toPath(), Outputs.content(build.result().program().orElseThrow()).content());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("kijun: cannot write generated files: " + e.getMessage(), e);
    }
    addToBuild();
    getLog().info("kijun: " + count(build.own().size(), "source") + ", " + count(java.size(), "Java file") + " generated in "
        + outputDirectory + (build.target().providedSchemas().isEmpty() && build.target().providedEditions().isEmpty() ? ""
            : " (reusing " + count(build.target().providedSchemas().size(), "schema") + " and "
                + count(build.target().providedEditions().size(), "edition") + " of dependencies)"));
  }

  @Override
  Optional<BuildStamp> stamp() {
    return Optional.of(new BuildStamp(stampFile(), List.of(outputDirectory.toPath(), resourcesDirectory.toPath()),
        contentFile == null ? List.of() : List.of(contentFile.toPath())));
  }

  @Override
  String configuration() {
    return String.join("\n", outputDirectory.getPath(), resourcesDirectory.getPath(), String.valueOf(shipSources),
        String.valueOf(contentFile), sourcePrefix());
  }

  @Override
  void upToDate() {
    addToBuild();
  }

  /** The generated Java is compiled, the registration and shipped sources packaged, whether written now or before. */
  private void addToBuild() {
    project.addCompileSourceRoot(outputDirectory.getPath());
    Resource resource = new Resource();
    resource.setDirectory(resourcesDirectory.getPath());
    // The writer's record of the folder is the build's, not the jar's.
    resource.addExclude(OutputWriter.MANIFEST);
    project.addResource(resource);
  }

  private static void writeIfChanged(Path file, String text) throws IOException {
    // An unchanged file keeps its timestamp, so a build that changed nothing changes nothing.
    if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
