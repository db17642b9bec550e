package dev.kijun.maven;

import dev.kijun.compiler.library.Library;
import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.codegen.JavaNames;
import dev.kijun.compiler.codegen.JavaTarget;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One compilation of a project's kijun sources together with the sources of the kijun artifacts it depends on, and
 * what follows from it: the {@link JavaTarget} (the artifacts' schemas and editions are provided, the rest goes under
 * the project's base package), the program restricted to the project's own elements (for docs), and the files a
 * project ships for projects that build on it. Maven-free, so tests call it directly.
 *
 * @param result the compilation of own and library sources together
 * @param own the project's own sources
 * @param target where generated Java goes
 */
public record KijunBuild(CompilationResult result, List<SourceFile> own, JavaTarget target) {
  /** Copies the list. */
  public KijunBuild {
    own = List.copyOf(own);
  }

  /** Compiles {@code own} with every library's sources; {@code basePackage} is the project's own Java package. */
  public static KijunBuild compile(List<SourceFile> own, List<Library> libraries, String basePackage) {
    List<SourceFile> all = new ArrayList<>(own);
    Map<String, String> schemas = new TreeMap<>();
    Map<String, String> editions = new TreeMap<>();
    for (Library l : libraries) {
      all.addAll(l.sources());
      schemas.putAll(l.schemas());
      editions.putAll(l.editions());
    }
    Set<String> ownFiles = names(own);
    CompilationResult result = KijunCompiler.compile(all);
    // An element is provided only when a library ships both its sources and its classes; own elements never are.
    result.program().ifPresent(p -> {
      p.schemas().stream().filter(s -> isOwn(s.sourceFiles(), ownFiles)).forEach(s -> schemas.remove(s.name()));
      p.editions().stream().filter(e -> isOwn(e.sourceFiles(), ownFiles)).forEach(e -> editions.remove(e.key()));
    });
    return new KijunBuild(result, own, new JavaTarget(basePackage, schemas, editions));
  }

  /** Every error, and the warnings about the project's own sources (a library's warnings are its maintainers'). */
  public List<Diagnostic> diagnosticsToShow() {
    Set<String> ownFiles = names(own);
    return result.diagnostics().stream()
        .filter(d -> d.isError() || ownFiles.contains(d.span().file().path())).toList();
  }

  /**
   * The project's own schemas, editions and mappings, with the editions its mappings relate and their schemas: what
   * its docs, JSON Schemas and catalogs cover. The program must have compiled.
   */
  public Program ownProgram() {
    Program p = result.program().orElseThrow();
    Set<String> ownFiles = names(own);
    List<Mapping> mappings = p.mappings().stream().filter(m -> isOwn(m.sourceFiles(), ownFiles)).toList();
    Set<String> editionKeys = new LinkedHashSet<>();
    p.editions().stream().filter(e -> isOwn(e.sourceFiles(), ownFiles)).forEach(e -> editionKeys.add(e.key()));
    mappings.forEach(m -> {
      editionKeys.add(m.source());
      editionKeys.add(m.target());
    });
    List<Edition> editions = p.editions().stream().filter(e -> editionKeys.contains(e.key())).toList();
    Set<String> schemaNames = new LinkedHashSet<>();
    editions.forEach(e -> schemaNames.add(e.schema().name()));
    List<Schema> schemas = p.schemas().stream()
        .filter(s -> schemaNames.contains(s.name()) || isOwn(s.sourceFiles(), ownFiles)).toList();
    return new Program(schemas, editions, mappings);
  }

  /**
   * What this project ships for projects that build on it: its own sources under {@link Library#SOURCES} (paths
   * relative to the source directory) and the Java packages of the schemas and editions it generated.
   *
   * @param prefix what own source names start with before their path under the source directory
   */
  public List<OutputFile> libraryFiles(String prefix) {
    List<OutputFile> files = new ArrayList<>();
    Program p = result.program().orElseThrow();
    for (SourceFile s : own) {
      String path = s.path().startsWith(prefix) ? s.path().substring(prefix.length()) : s.path();
      files.add(new OutputFile(Library.SOURCES + path, s.text()));
    }
    StringBuilder index = new StringBuilder("# Java packages of the kijun schemas and editions this artifact holds "
        + "(read by kijun-maven-plugin in projects that build on it)\n");
    p.schemas().stream().filter(s -> !target.provided(s))
        .forEach(s -> index.append("schema.").append(s.name()).append('=').append(JavaNames.schemaPackage(target, s)).append('\n'));
    p.editions().stream().filter(e -> !target.provided(e))
        .forEach(e -> index.append("edition.").append(e.key()).append('=').append(JavaNames.editionPackage(target, e)).append('\n'));
    files.add(new OutputFile(Library.PACKAGES, index.toString()));
    return files;
  }

  private static Set<String> names(List<SourceFile> sources) {
    Set<String> names = new LinkedHashSet<>();
    sources.forEach(s -> names.add(s.path()));
    return names;
  }

  private static boolean isOwn(List<String> sourceFiles, Set<String> ownFiles) {
    return sourceFiles.stream().anyMatch(ownFiles::contains);
  }
}
