package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.runtime.Secret;
import dev.kijun.runtime.evidence.AnswerValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Java types of kijun types within one schema's package. Optional values are boxed; required scalars primitive. */
final class JavaTypes {
  private final String schemaPackage;

  JavaTypes(JavaTarget target, Schema schema) {
    this.schemaPackage = JavaNames.schemaPackage(target, schema);
  }

  /** The type of a record component or an unwrapped value. */
  TypeName of(Type t) {
    if (t instanceof Type.OptionalType o) {
      return of(o.inner()).box();
    }
    if (t instanceof Type.ListType l) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(l.element()).box());
    }
    if (t instanceof Type.RecordType r) {
      return ClassName.get(schemaPackage, JavaNames.type(r.def().name()));
    }
    if (t instanceof Type.EnumType e) {
      return enumClass(e.def());
    }
    switch ((Type.Primitive) t) {
      case STRING: return ClassName.get(String.class);
      case SECRET: return ClassName.get(Secret.class);
      case INTEGER: return TypeName.LONG;
      case NUMBER: return ClassName.get(BigDecimal.class);
      case BOOLEAN: return TypeName.BOOLEAN;
      case DATE: return ClassName.get(LocalDate.class);
      default: throw new IllegalStateException("no Java type for " + t.display());
    }
  }

  /** The Java class of an enum; the built-in Answer maps to the runtime's {@link AnswerValue}. */
  ClassName enumClass(EnumDef def) {
    return def.builtin() ? ClassName.get(AnswerValue.class) : ClassName.get(schemaPackage, JavaNames.type(def.name()));
  }
}
