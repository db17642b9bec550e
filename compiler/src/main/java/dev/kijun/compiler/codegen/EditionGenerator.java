package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Validator;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates an edition's registry class (metadata plus every validator, found through {@code ServiceLoader}).
 * Validators are registered in chunks, one method per chunk, so no method nears the JVM's 64 KB limit however
 * large the edition grows.
 */
final class EditionGenerator {
  /** Validators registered per method: a few bytes of bytecode each, far below 64 KB. */
  static final int CHUNK = 250;

  private EditionGenerator() {}

  static OutputFile generate(JavaTarget target, Edition edition) {
    JavaTypes types = new JavaTypes(target, edition.schema());
    TypeName root = types.of(new Type.RecordType(edition.schema().root()));
    ClassName name = JavaNames.editionClass(target, edition);
    TypeName validator = ParameterizedTypeName.get(ClassName.get(Validator.class), root);
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), validator);
    TypeSpec.Builder b = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(dev.kijun.runtime.Edition.class), root))
        .addJavadoc("Edition {@code $L}: $L validators, one per requirement that is not a stub, in source order. "
            + "Registered for {@link java.util.ServiceLoader}.\n", edition.key(),
            edition.requirements().stream().filter(r -> !r.stub()).count());
    b.addField(FieldSpec.builder(EditionInfo.class, "INFO", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(InfoEmitter.edition(edition)).build());
    b.addField(FieldSpec.builder(list, "VALIDATORS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("build()").build());
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the registry (ServiceLoader needs a public no-argument constructor).\n").build());
    b.addMethod(MethodSpec.methodBuilder("info").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(EditionInfo.class).addStatement("return INFO").build());
    b.addMethod(MethodSpec.methodBuilder("evidenceType").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), root)).addStatement("return $T.class", root).build());
    b.addMethod(MethodSpec.methodBuilder("validators").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(list).addStatement("return VALIDATORS").build());
    List<Requirement> reqs = edition.requirements().stream().filter(r -> !r.stub()).toList();
    MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(list).addStatement("$T<$T> all = new $T<>($L)", List.class, validator, ArrayList.class, reqs.size());
    for (int start = 0, chunk = 0; start < reqs.size(); start += CHUNK, chunk++) {
      String part = "part" + chunk;
      MethodSpec.Builder m = MethodSpec.methodBuilder(part).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), validator), "all");
      for (Requirement r : reqs.subList(start, Math.min(reqs.size(), start + CHUNK))) {
        m.addStatement("all.add(new $T())", JavaNames.validatorClass(target, edition, r.id()));
      }
      b.addMethod(m.build());
      build.addStatement("$N(all)", part);
    }
    build.addStatement("return $T.copyOf(all)", List.class);
    b.addMethod(build.build());
    return Headers.file(name.packageName(), b.build(), edition.sourceFiles(), "");
  }
}
