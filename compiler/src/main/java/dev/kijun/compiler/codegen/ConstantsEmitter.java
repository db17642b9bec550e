package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.runtime.eval.Packed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits constants and literals. A list constant gets a {@code Set} twin ({@code NAME_SET}) so membership and subset
 * tests against it are hashed, keeping checks linear in the evidence.
 */
final class ConstantsEmitter {
  private ConstantsEmitter() {}

  /**
   * A class initialiser may hold at most 64 KB of bytecode, so constants go into classes of bounded weight: the first
   * is {@code name}, the others {@code name2}, {@code name3}, …, each constant in exactly one of them.
   */
  static final int WEIGHT_PER_CLASS = 4_000;

  /** The constants in the order declared, grouped by the class that holds them (see {@link #WEIGHT_PER_CLASS}). */
  static List<List<Constant>> groups(List<Constant> constants) {
    List<List<Constant>> groups = new java.util.ArrayList<>();
    List<Constant> current = new java.util.ArrayList<>();
    int weight = 0;
    for (Constant c : constants) {
      int w = weight(c);
      if (!current.isEmpty() && weight + w > WEIGHT_PER_CLASS) {
        groups.add(current);
        current = new java.util.ArrayList<>();
        weight = 0;
      }
      current.add(c);
      weight += w;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** The class holding group {@code index} of {@link #groups}. */
  static ClassName groupClass(ClassName first, int index) {
    return index == 0 ? first : first.peerClass(first.simpleName() + (index + 1));
  }

  /** Roughly the initialiser's instructions for one constant: a few per element (a packed list counts as one). */
  private static int weight(Constant c) {
    int elements = c.value() instanceof TypedExpr.ListLit l && l.elements().size() <= PACK_ABOVE
        ? l.elements().size() : 1;
    return 4 + elements * 2 + (c.type() instanceof Type.ListType ? 4 : 0);
  }

  /** Maps each constant's name to the class that holds it. */
  static void owners(ClassName first, List<Constant> constants, java.util.Map<String, ClassName> into) {
    List<List<Constant>> groups = groups(constants);
    for (int i = 0; i < groups.size(); i++) {
      for (Constant c : groups.get(i)) {
        into.put(c.name(), groupClass(first, i));
      }
    }
  }

  /** The classes holding {@code constants}, the first named {@code name}. */
  static List<TypeSpec> classes(ClassName name, List<Constant> constants, JavaTypes types, String doc) {
    List<List<Constant>> groups = groups(constants);
    List<TypeSpec> out = new java.util.ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      out.add(constants(groupClass(name, i), groups.get(i), types,
          i == 0 ? doc : doc + " (part " + (i + 1) + ", so no class initialiser exceeds the JVM's limit)"));
    }
    return out;
  }

  private static TypeSpec constants(ClassName name, List<Constant> constants, JavaTypes types, String doc) {
    TypeSpec.Builder b = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Constant c : constants) {
      TypeName t = types.of(c.type());
      FieldSpec.Builder f = FieldSpec.builder(t, JavaNames.constant(c.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer(literal(c.value(), types));
      c.doc().ifPresent(d -> f.addJavadoc("$L\n", Javadoc.escape(d)));
      b.addField(f.build());
      if (c.type() instanceof Type.ListType l) {
        TypeName set = ParameterizedTypeName.get(ClassName.get(Set.class), types.of(l.element()).box());
        b.addField(FieldSpec.builder(set, setName(c.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("{@link #$L} as a set, for hashed membership tests.\n", JavaNames.constant(c.name()))
            .initializer("$T.copyOf($N)", Set.class, JavaNames.constant(c.name())).build());
      }
    }
    return b.build();
  }

  static String setName(String constant) {
    return JavaNames.constant(constant) + "_SET";
  }

  /** Lists longer than this are packed into one text ({@link Packed}), so no class exceeds the JVM's limits. */
  static final int PACK_ABOVE = 256;

  /** A long list of scalar literals, packed (see {@link Packed}). */
  private static CodeBlock packed(TypedExpr.ListLit l, JavaTypes types) {
    List<String> texts = new java.util.ArrayList<>();
    for (TypedExpr x : l.elements()) {
      if (x instanceof TypedExpr.StringLit s) {
        texts.add(s.value());
      } else if (x instanceof TypedExpr.IntegerLit i) {
        texts.add(Long.toString(i.value()));
      } else if (x instanceof TypedExpr.NumberLit n) {
        texts.add(n.value().toPlainString());
      } else if (x instanceof TypedExpr.BooleanLit b) {
        texts.add(Boolean.toString(b.value()));
      } else if (x instanceof TypedExpr.DateLit d) {
        texts.add(d.value().toString());
      } else if (x instanceof TypedExpr.EnumLit en) {
        texts.add(JavaNames.enumConstant(en.constant().name()));
      } else {
        throw new IllegalStateException("not a scalar literal: " + x.getClass().getSimpleName());
      }
    }
    CodeBlock text = JavaText.string(Packed.pack(texts));
    Type element = ((Type.ListType) l.type()).element();
    if (element instanceof Type.EnumType en) {
      return CodeBlock.of("$T.enums($T.class, $L)", Packed.class, types.enumClass(en.def()), text);
    }
    String method = switch ((Type.Primitive) element) {
      case STRING -> "strings";
      case INTEGER -> "longs";
      case NUMBER -> "numbers";
      case BOOLEAN -> "booleans";
      case DATE -> "dates";
      default -> throw new IllegalStateException("no packed list of " + element.display());
    };
    return CodeBlock.of("$T.$L($L)", Packed.class, method, text);
  }

  /** A Java expression for a literal value. */
  static CodeBlock literal(TypedExpr e, JavaTypes types) {
    if (e instanceof TypedExpr.StringLit s) {
      return JavaText.string(s.value());
    }
    if (e instanceof TypedExpr.IntegerLit i) {
      return CodeBlock.of("$LL", i.value());
    }
    if (e instanceof TypedExpr.NumberLit n) {
      return CodeBlock.of("new $T($S)", BigDecimal.class, n.value().toPlainString());
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      return CodeBlock.of("$L", b.value());
    }
    if (e instanceof TypedExpr.DateLit d) {
      return CodeBlock.of("$T.of($L, $L, $L)", LocalDate.class, d.value().getYear(), d.value().getMonthValue(),
          d.value().getDayOfMonth());
    }
    if (e instanceof TypedExpr.EnumLit en) {
      return CodeBlock.of("$T.$L", types.enumClass(en.def()), JavaNames.enumConstant(en.constant().name()));
    }
    if (e instanceof TypedExpr.ListLit l && l.elements().size() > PACK_ABOVE) {
      return packed(l, types);
    }
    if (e instanceof TypedExpr.ListLit l) {
      CodeBlock.Builder c = CodeBlock.builder().add("$T.of(", List.class);
      for (int i = 0; i < l.elements().size(); i++) {
        c.add(i == 0 ? "$L" : ", $L", literal(l.elements().get(i), types));
      }
      return c.add(")").build();
    }
    throw new IllegalStateException("not a literal: " + e.getClass().getSimpleName());
  }
}
