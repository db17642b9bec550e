package dev.kijun.compiler.codegen;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.eval.EvidenceEnum;
import dev.kijun.runtime.json.ReadWith;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed evidence of a schema: one Java record per kijun record (bound by Jackson, strict about
 * nulls), one enum per kijun enum (with its JSON spellings), a class of constants, and the records' one-pass reader
 * ({@link SchemaReaderGenerator}), which each record names with {@code @ReadWith}. Pure: returns files.
 */
public final class SchemaGenerator {
  private SchemaGenerator() {}

  /** Every file of the schema, sorted by path. */
  public static List<OutputFile> generate(JavaTarget target, Schema schema) {
    String pkg = JavaNames.schemaPackage(target, schema);
    JavaTypes types = new JavaTypes(target, schema);
    ClassName reader = JavaNames.schemaReader(target, schema);
    List<OutputFile> files = new ArrayList<>();
    for (RecordDef r : schema.records()) {
      files.add(Headers.file(pkg, record(r, types, schema, reader), List.of(r.span().file().path()),
          "Source: record " + r.name() + " (" + r.span().fileLine() + ")"));
    }
    if (!schema.records().isEmpty()) {
      files.add(Headers.file(pkg, SchemaReaderGenerator.reader(reader, schema, types), schema.sourceFiles(),
          "The records of schema " + schema.name() + ", read token by token."));
    }
    for (EnumDef e : schema.enums()) {
      files.add(Headers.file(pkg, enumType(e), List.of(e.span().file().path()),
          "Source: enum " + e.name() + " (" + e.span().fileLine() + ")"));
    }
    if (!schema.constants().isEmpty()) {
      ClassName name = JavaNames.schemaConstants(target, schema);
      for (TypeSpec t : ConstantsEmitter.classes(name, schema.constants(), types,
          "Constants of evidence schema {@code " + schema.name() + "}.")) {
        files.add(Headers.file(pkg, t, schema.sourceFiles(), ""));
      }
    }
    files.sort(java.util.Comparator.comparing(OutputFile::path));
    return files;
  }

  private static TypeSpec record(RecordDef r, JavaTypes types, Schema schema, ClassName reader) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    for (FieldDef f : r.fields()) {
      AnnotationSpec.Builder prop = AnnotationSpec.builder(JsonProperty.class).addMember("value", "$S", f.name());
      if (!f.optional()) {
        prop.addMember("required", "true");
      }
      ParameterSpec.Builder p = ParameterSpec.builder(types.of(f.type()), JavaNames.member(f.name()))
          .addAnnotation(prop.build());
      // Reject explicit nulls (and null list elements) at binding time, so checks never see them.
      boolean list = f.type().unwrapped() instanceof Type.ListType;
      if (!f.optional() || list) {
        AnnotationSpec.Builder setter = AnnotationSpec.builder(JsonSetter.class);
        if (!f.optional()) {
          setter.addMember("nulls", "$T.FAIL", Nulls.class);
        }
        if (list) {
          setter.addMember("contentNulls", "$T.FAIL", Nulls.class);
        }
        p.addAnnotation(setter.build());
      }
      ctor.addParameter(p.build());
    }
    TypeSpec.Builder b = TypeSpec.recordBuilder(JavaNames.type(r.name())).addModifiers(Modifier.PUBLIC)
        .addAnnotation(AnnotationSpec.builder(ReadWith.class).addMember("value", "$T.class", reader).build())
        .recordConstructor(ctor.build());
    StringBuilder doc = new StringBuilder(r.doc().map(d -> Javadoc.escape(d) + "\n\n").orElse(""));
    doc.append("<p>Evidence record of schema {@code ").append(schema.name()).append("}.\n");
    for (FieldDef f : r.fields()) {
      doc.append("\n@param ").append(JavaNames.member(f.name())).append(" ")
          .append(Javadoc.escape(f.doc().orElse("the `" + f.name() + "` field"))).append(f.optional() ? " (optional: null when absent)" : "");
    }
    b.addJavadoc("$L\n", doc.toString());
    return b.build();
  }

  private static TypeSpec enumType(EnumDef e) {
    TypeSpec.Builder b = TypeSpec.enumBuilder(JavaNames.type(e.name())).addModifiers(Modifier.PUBLIC)
        .addSuperinterface(EvidenceEnum.class)
        .addField(String.class, "json", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "json")
            .addStatement("this.json = json").build())
        .addMethod(MethodSpec.methodBuilder("json").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(String.class).addJavadoc("The constant's spelling in evidence files.\n")
            .addStatement("return json").build());
    for (EnumDef.EnumConstant c : e.constants()) {
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$S", c.json())
          .addAnnotation(AnnotationSpec.builder(JsonProperty.class).addMember("value", "$S", c.json()).build());
      c.doc().ifPresent(d -> body.addJavadoc("$L\n", Javadoc.escape(d)));
      b.addEnumConstant(JavaNames.enumConstant(c.name()), body.build());
    }
    b.addJavadoc("$L\n", Javadoc.escape(e.doc().orElse("Enum " + e.name() + "."))
        + (e.ordered() ? "\n\n<p>Ordered: declaration order is the order checks compare by." : ""));
    return b.build();
  }
}
