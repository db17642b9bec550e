package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Schema;
import dev.kijun.runtime.ClauseRef;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** How kijun names become Java names. Every mapping is injective for the ids the language allows. */
public final class JavaNames {
  /** The package under which everything generated lives. */
  public static final String ROOT_PACKAGE = "dev.kijun.generated";

  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "equals", "notify",
      "notifyAll", "wait", "clone", "finalize");

  private JavaNames() {}

  /**
   * {@code facility} → {@code <base>.evidence.facility} ({@code dev.kijun.generated.evidence.facility} by default), or
   * the package of a provided schema.
   */
  public static String schemaPackage(JavaTarget target, Schema schema) {
    String provided = target.providedSchemas().get(schema.name());
    return provided != null ? provided : target.basePackage() + ".evidence." + identifierPart(schema.name());
  }

  /**
   * {@code mhlw-guideline@5.2} → {@code <base>.mhlw_guideline.v5_2} ({@code dev.kijun.generated.mhlw_guideline.v5_2} by
   * default), or the package of a provided edition.
   */
  public static String editionPackage(JavaTarget target, Edition edition) {
    String provided = target.providedEditions().get(edition.key());
    return provided != null ? provided : target.basePackage() + "." + identifierPart(edition.document()) + ".v"
        + edition.edition().toLowerCase(Locale.ROOT).replace('.', '_');
  }

  /** {@code mhlw-guideline} → {@code MhlwGuidelineEdition}. */
  public static ClassName editionClass(JavaTarget target, Edition edition) {
    StringBuilder sb = new StringBuilder();
    for (String part : edition.document().split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return ClassName.get(editionPackage(target, edition), sb + "Edition");
  }

  /** {@code 6.11.C.11} → {@code Clause_6_11_C_11}. Dots become underscores; ids never contain underscores. */
  public static ClassName validatorClass(JavaTarget target, Edition edition, ClauseRef id) {
    return ClassName.get(editionPackage(target, edition), "Clause_" + id.clause().replace('.', '_'));
  }

  /** The class holding an edition's own constants. */
  public static ClassName editionConstants(JavaTarget target, Edition edition) {
    return ClassName.get(editionPackage(target, edition), "EditionConstants");
  }

  /** The class holding a schema's constants. */
  public static ClassName schemaConstants(JavaTarget target, Schema schema) {
    return ClassName.get(schemaPackage(target, schema), "SchemaConstants");
  }

  /** A record component / accessor name for a field; keywords and Object's methods get a trailing underscore. */
  public static String member(String field) {
    if (SourceVersion.isKeyword(field) || OBJECT_METHODS.contains(field)) {
      return field + "_";
    }
    return field;
  }

  /** A constant's Java field name (constants are already UPPER_SNAKE or lowerCamel; both are valid). */
  public static String constant(String name) {
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }

  private static String identifierPart(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    return Character.isDigit(s.charAt(0)) ? "_" + s : s;
  }
}
