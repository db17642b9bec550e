package dev.kijun.compiler.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.runtime.json.EvidenceReader;
import dev.kijun.runtime.json.Reads;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates a schema's {@code SchemaReader}: its records read token by token, the evidence loader's fast path (see
 * {@link EvidenceReader}). One static method per record and per enum; each record method keeps one local per field
 * and a bit mask of the keys seen (duplicates and missing required keys are rejected), then calls the record's
 * constructor. The value rules are the runtime's ({@link Reads}), the same as the strict mapper's; anything else is
 * rejected and the loader falls back to Jackson, which explains the problem.
 */
final class SchemaReaderGenerator {
  private static final ClassName READS = ClassName.get(Reads.class);
  private static final String P = "p";

  private final JavaTypes types;
  private final ClassName self;

  private SchemaReaderGenerator(JavaTypes types, ClassName self) {
    this.types = types;
    this.self = self;
  }

  /** The reader class of {@code schema}, named {@code self}. */
  static TypeSpec reader(ClassName self, Schema schema, JavaTypes types) {
    SchemaReaderGenerator g = new SchemaReaderGenerator(types, self);
    TypeSpec.Builder b = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(EvidenceReader.class)
        .addJavadoc("Reads the records of schema {@code $L} token by token: the evidence loader's fast path for valid\n"
            + "evidence (see {@link $T}). Anything it does not accept is rejected, and the loader reads the file\n"
            + "again with Jackson, which explains the problem.\n", Javadoc.escape(schema.name()), EvidenceReader.class)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Used by the loader, through {@code @ReadWith} on each record.\n").build())
        .addMethod(g.dispatch(schema));
    for (RecordDef r : schema.records()) {
      b.addMethod(g.record(r));
    }
    for (EnumDef e : schema.enums()) {
      if (!e.builtin()) {
        b.addMethod(g.enumMethod(e));
      }
    }
    return b.build();
  }

  /** The reader method of a record or enum: {@code readDevice}. */
  static String methodName(String typeName) {
    return "read" + JavaNames.type(typeName);
  }

  private MethodSpec dispatch(Schema schema) {
    TypeVariableName e = TypeVariableName.get("E");
    MethodSpec.Builder m = MethodSpec.methodBuilder("read").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addTypeVariable(e).returns(e)
        .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Class.class), e), "type")
        .addParameter(JsonParser.class, P).addException(IOException.class);
    for (RecordDef r : schema.records()) {
      TypeName record = types.of(new Type.RecordType(r));
      m.beginControlFlow("if (type == $T.class)", record)
          .addStatement("return type.cast($N($N))", methodName(r.name()), P).endControlFlow();
    }
    return m.addStatement("return null").build();
  }

  private MethodSpec record(RecordDef r) {
    TypeName record = types.of(new Type.RecordType(r));
    List<FieldDef> fields = r.fields();
    boolean wide = fields.size() > 64; // a long holds the seen bits of up to 64 keys; wider records use an array
    MethodSpec.Builder m = MethodSpec.methodBuilder(methodName(r.name())).addModifiers(Modifier.STATIC)
        .returns(record).addParameter(JsonParser.class, P).addException(IOException.class)
        .addJavadoc("One {@code $L} object; the parser is left on its end.\n", Javadoc.escape(r.name()))
        .addStatement("$T.startObject($N)", READS, P);
    if (wide) {
      m.addStatement("boolean[] seen = new boolean[$L]", fields.size());
    } else {
      m.addStatement("long seen = 0L");
    }
    for (int i = 0; i < fields.size(); i++) {
      TypeName t = types.of(fields.get(i).type());
      String init = t == TypeName.LONG ? "0L" : t == TypeName.BOOLEAN ? "false" : "null";
      m.addStatement("$T v$L = $L", t, i, init);
    }
    m.beginControlFlow("for (String key = $N.nextFieldName(); key != null; key = $N.nextFieldName())", P, P)
        .addStatement("$N.nextToken()", P)
        .addStatement("int field")
        .beginControlFlow("switch (key)");
    for (int i = 0; i < fields.size(); i++) {
      FieldDef f = fields.get(i);
      m.addCode("case $S:\n", f.name()).addCode("$>")
          .addStatement("field = $L", i)
          .addStatement("v$L = $L", i, f.optional()
              ? CodeBlock.of("$T.isNull($N) ? null : $L", READS, P, value(f.type().unwrapped(), P, 0))
              : value(f.type(), P, 0))
          .addStatement("break").addCode("$<");
    }
    m.addCode("default:\n$>").addStatement("throw $T.reject()", READS).addCode("$<").endControlFlow();
    if (wide) {
      m.beginControlFlow("if (seen[field])").addStatement("throw $T.reject()", READS).endControlFlow()
          .addStatement("seen[field] = true");
    } else {
      m.beginControlFlow("if ((seen & (1L << field)) != 0L)").addStatement("throw $T.reject()", READS).endControlFlow()
          .addStatement("seen |= 1L << field");
    }
    m.endControlFlow();
    requireSeen(m, fields, wide);
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      args.add(i == 0 ? "v$L" : ", v$L", i);
    }
    return m.addStatement("return new $T($L)", record, args.build()).build();
  }

  /** Rejects the object unless every required key was seen. */
  private static void requireSeen(MethodSpec.Builder m, List<FieldDef> fields, boolean wide) {
    if (wide) {
      for (int i = 0; i < fields.size(); i++) {
        if (!fields.get(i).optional()) {
          m.beginControlFlow("if (!seen[$L])", i).addStatement("throw $T.reject()", READS).endControlFlow();
        }
      }
      return;
    }
    long required = 0L;
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).optional()) {
        required |= 1L << i;
      }
    }
    if (required != 0L) {
      m.beginControlFlow("if ((seen & $LL) != $LL)", required, required).addStatement("throw $T.reject()", READS)
          .endControlFlow();
    }
  }

  /** Code reading a non-null value of type {@code t} from parser {@code p} (a lambda parameter inside lists). */
  private CodeBlock value(Type t, String p, int depth) {
    if (t instanceof Type.OptionalType o) {
      return value(o.inner(), p, depth); // null elements are rejected, as the mapper's content-nulls rule does
    }
    if (t instanceof Type.ListType l) {
      return CodeBlock.of("$T.list($N, $L)", READS, p, element(l.element(), depth + 1));
    }
    if (t instanceof Type.RecordType r) {
      return CodeBlock.of("$N($N)", methodName(r.def().name()), p);
    }
    if (t instanceof Type.EnumType e) {
      if (e.def().builtin()) {
        throw new IllegalStateException("schema fields never have the built-in enum " + e.def().name());
      }
      return CodeBlock.of("$N($N)", methodName(e.def().name()), p);
    }
    return CodeBlock.of("$T.$N($N)", READS, scalar((Type.Primitive) t), p);
  }

  /** The {@link Reads} method for a scalar type. */
  private static String scalar(Type.Primitive t) {
    switch (t) {
      case STRING: return "string";
      case SECRET: return "secret";
      case INTEGER: return "integer";
      case NUMBER: return "number";
      case BOOLEAN: return "bool";
      case DATE: return "date";
      default: throw new IllegalStateException("no reader for " + t.display());
    }
  }

  /** A {@link Reads.Element} for list elements of type {@code t}. */
  private CodeBlock element(Type t, int depth) {
    Type e = t.unwrapped();
    if (e instanceof Type.RecordType r) {
      return CodeBlock.of("$T::$N", self, methodName(r.def().name()));
    }
    if (e instanceof Type.EnumType en && !en.def().builtin()) {
      return CodeBlock.of("$T::$N", self, methodName(en.def().name()));
    }
    if (e instanceof Type.Primitive scalar) {
      return CodeBlock.of("$T::$N", READS, scalar(scalar));
    }
    String q = "q" + depth;
    return CodeBlock.of("$N -> $L", q, value(e, q, depth));
  }

  private MethodSpec enumMethod(EnumDef e) {
    ClassName type = types.enumClass(e);
    MethodSpec.Builder m = MethodSpec.methodBuilder(methodName(e.name())).addModifiers(Modifier.STATIC)
        .returns(type).addParameter(JsonParser.class, P).addException(IOException.class)
        .addJavadoc("One {@code $L} constant, by its JSON spelling.\n", Javadoc.escape(e.name()))
        .beginControlFlow("switch ($T.string($N))", READS, P);
    for (EnumDef.EnumConstant c : e.constants()) {
      m.addCode("case $S:\n$>", c.json()).addStatement("return $T.$N", type, JavaNames.enumConstant(c.name()))
          .addCode("$<");
    }
    m.addCode("default:\n$>").addStatement("throw $T.reject()", READS).addCode("$<").endControlFlow();
    return m.build();
  }
}
