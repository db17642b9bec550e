package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Static fields that one validator class hoists out of its checks: list literals, their sets, clause names. */
final class LiteralPool {
  private final JavaTypes types;
  private final Map<String, String> byInitializer = new LinkedHashMap<>();
  private final List<FieldSpec> fields = new ArrayList<>();

  LiteralPool(JavaTypes types) {
    this.types = types;
  }

  /** The name of a {@code List} field holding the literal. */
  String list(TypedExpr.ListLit l) {
    CodeBlock init = ConstantsEmitter.literal(l, types);
    return field("LIST", types.of(l.type()), init);
  }

  /** The name of a {@code Set} field holding the literal's elements. */
  String set(TypedExpr.ListLit l) {
    String list = list(l);
    Type element = ((Type.ListType) l.type()).element();
    TypeName t = ParameterizedTypeName.get(ClassName.get(Set.class), types.of(element).box());
    return field("SET", t, CodeBlock.of("$T.copyOf($N)", Set.class, list));
  }

  /** The name of a field holding a parsed clause name. */
  String clause(ClauseRef ref) {
    return field("CLAUSE", ClassName.get(ClauseRef.class), CodeBlock.of("$T.parse($S)", ClauseRef.class, ref.toString()));
  }

  private String field(String prefix, TypeName type, CodeBlock init) {
    String key = prefix + ":" + init;
    String existing = byInitializer.get(key);
    if (existing != null) {
      return existing;
    }
    String name = prefix + "_" + fields.size();
    fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(init).build());
    byInitializer.put(key, name);
    return name;
  }

  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }
}
