package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.output.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 4 (Java): the whole program as Java sources plus the {@code ServiceLoader} registration. Pure and
 * deterministic: the same model always gives byte-identical files, sorted by path. Paths start with {@code java/}
 * or {@code resources/}.
 */
public final class JavaGenerator {
  /** Where editions are registered for {@code ServiceLoader}. */
  public static final String SERVICES = "resources/META-INF/services/dev.kijun.runtime.Edition";

  private JavaGenerator() {}

  /** Every generated file of the program, under {@code dev.kijun.generated}. */
  public static List<OutputFile> generate(Program program) {
    return generate(program, JavaTarget.DEFAULT);
  }

  /**
   * The generated files of the program for {@code target}: schemas and editions it names as provided are referenced
   * but not generated, and only the editions generated here are registered for {@code ServiceLoader}.
   */
  public static List<OutputFile> generate(Program program, JavaTarget target) {
    List<OutputFile> files = new ArrayList<>();
    for (Schema s : program.schemas()) {
      if (!target.provided(s)) {
        files.addAll(SchemaGenerator.generate(target, s));
      }
    }
    StringBuilder services = new StringBuilder();
    for (Edition e : program.editions()) {
      if (target.provided(e)) {
        continue;
      }
      Map<String, ClassName> owners = new LinkedHashMap<>();
      ConstantsEmitter.owners(JavaNames.schemaConstants(target, e.schema()), e.schema().constants(), owners);
      ConstantsEmitter.owners(JavaNames.editionConstants(target, e), e.constants(), owners);
      if (!e.constants().isEmpty()) {
        for (TypeSpec t : ConstantsEmitter.classes(JavaNames.editionConstants(target, e), e.constants(),
            new JavaTypes(target, e.schema()), "Constants of edition {@code " + e.key() + "}.")) {
          files.add(Headers.file(JavaNames.editionPackage(target, e), t, e.sourceFiles(), ""));
        }
      }
      // A stub has nothing to evaluate: it gets no validator and appears only in docs, catalog and coverage.
      e.requirements().stream().filter(r -> !r.stub())
          .forEach(r -> files.add(ValidatorGenerator.generate(target, e, r, owners)));
      files.add(EditionGenerator.generate(target, e));
      services.append(JavaNames.editionClass(target, e).canonicalName()).append('\n');
    }
    if (services.length() > 0) {
      files.add(new OutputFile(SERVICES, services.toString()));
    }
    files.sort(Comparator.comparing(OutputFile::path));
    return files;
  }
}
