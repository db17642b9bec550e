package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.eval.Evaluation;
import dev.kijun.runtime.eval.GeneratedValidator;
import dev.kijun.runtime.eval.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates one validator class per requirement: its metadata, its applicability condition and one static method per
 * automated check. Questions and reviews need no code: the runtime's protocol evaluates them from the metadata.
 */
final class ValidatorGenerator {
  private ValidatorGenerator() {}

  static OutputFile generate(JavaTarget target, Edition edition, Requirement r, Map<String, ClassName> constantOwners) {
    JavaTypes types = new JavaTypes(target, edition.schema());
    TypeName root = types.of(new Type.RecordType(edition.schema().root()));
    ClassName name = JavaNames.validatorClass(target, edition, r.id());
    LiteralPool pool = new LiteralPool(types);
    TypeSpec.Builder b = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ClassName.get(GeneratedValidator.class), root))
        .addJavadoc("$L\n", javadoc(r));
    b.addField(FieldSpec.builder(RequirementInfo.class, "INFO", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Metadata of requirement {@code $L}.\n", r.id().toString())
        .initializer(InfoEmitter.requirement(r)).build());
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the validator.\n").addStatement("super(INFO)").build());
    if (r.applies().isPresent()) {
      b.addMethod(MethodSpec.methodBuilder("applies").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
          .returns(Truth.class).addParameter(root, "facts").addParameter(Evaluation.class, "ev")
          .addCode(new ExprEmitter(types, pool, constantOwners).returning(r.applies().get())).build());
    }
    if (r.dating().relief().isPresent()) {
      b.addMethod(MethodSpec.methodBuilder("relief").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
          .returns(Truth.class).addParameter(root, "facts").addParameter(Evaluation.class, "ev")
          .addCode(new ExprEmitter(types, pool, constantOwners).returning(r.dating().relief().get().condition()))
          .build());
    }
    List<Check> checks = r.checks();
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("automated").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(Truth.class).addParameter(int.class, "check")
        .addParameter(root, "facts").addParameter(Evaluation.class, "ev").beginControlFlow("switch (check)");
    MethodSpec.Builder keys = MethodSpec.methodBuilder("sharedKey").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(String.class).addParameter(int.class, "check")
        .beginControlFlow("switch (check)");
    boolean any = false;
    boolean shared = false;
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i) instanceof Check.Automated a) {
        any = true;
        String method = "check" + i;
        dispatch.addStatement("case $L: return $N(facts, ev)", i, method);
        CodeBlock code = new ExprEmitter(types, pool, constantOwners).returning(a.body());
        b.addMethod(checkMethod(method, a, root, code));
        java.util.Optional<String> key = SharedCheckKey.of(root, code);
        if (key.isPresent()) {
          shared = true;
          keys.addStatement("case $L: return $S", i, key.get());
        }
      }
    }
    if (any) {
      dispatch.addStatement("default: return super.automated(check, facts, ev)").endControlFlow();
      b.addMethod(dispatch.build());
    }
    if (shared) {
      keys.addStatement("default: return null").endControlFlow();
      b.addMethod(keys.build());
    }
    List<String> usingWaivers = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i) instanceof Check.Automated a && mentionsWaiver(a.body())) {
        usingWaivers.add("check == " + i);
      }
    }
    if (!usingWaivers.isEmpty()) {
      // Only these checks can come out differently when waivers count, so only they are evaluated a second time.
      b.addMethod(MethodSpec.methodBuilder("usesWaivers").addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED).returns(boolean.class).addParameter(int.class, "check")
          .addStatement("return $L", String.join(" || ", usingWaivers)).build());
    }
    pool.fields().forEach(b::addField);
    String detail = "Source: requirement " + r.id().clause() + " (" + r.span().fileLine() + ")";
    return Headers.file(name.packageName(), b.build(), List.of(r.span().file().path()), detail);
  }

  private static boolean mentionsWaiver(TypedExpr body) {
    boolean[] found = {false};
    ExprWalker.walk(body, e -> found[0] |= e instanceof TypedExpr.Waived);
    return found[0];
  }

  private static MethodSpec checkMethod(String name, Check.Automated a, TypeName root, CodeBlock code) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(Truth.class)
        .addJavadoc("$L\n\n<pre>{@code $L}</pre>\n", Javadoc.escape(a.explanation()),
            Javadoc.code(InfoEmitter.normalize(a.source())))
        .addParameter(root, "facts").addParameter(Evaluation.class, "ev")
        .addCode(code).build();
  }

  private static String javadoc(Requirement r) {
    StringBuilder sb = new StringBuilder("Validator for {@code ").append(r.id()).append("}");
    if (!r.title().en().isEmpty()) {
      sb.append(": ").append(Javadoc.escape(r.title().en()));
    }
    sb.append(".\n\n<p>").append(Javadoc.escape(r.summary().en())).append("\n\n<p>Level ").append(r.level().orElseThrow().name().toLowerCase(java.util.Locale.ROOT))
        .append(", status ").append(r.status().keyword()).append(". Verdicts describe the evidence for this clause only.");
    return sb.toString();
  }
}
