package dev.kijun.compiler.codegen;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Schema;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Where generated Java goes: the base package of everything generated here, and the schemas and editions whose classes
 * another artifact already holds (a jar such as {@code kijun-guidelines}). Provided elements are not generated again;
 * references to them use the package their artifact generated them in, so one copy of each class is on the class path.
 *
 * @param basePackage the package under which this compilation's own classes are generated
 * @param providedSchemas schema name to the Java package its records live in, for schemas generated elsewhere
 * @param providedEditions edition key ({@code document@edition}) to its Java package, for editions generated elsewhere
 */
public record JavaTarget(String basePackage, Map<String, String> providedSchemas, Map<String, String> providedEditions) {
  /** Everything generated under {@code dev.kijun.generated}, nothing provided. */
  public static final JavaTarget DEFAULT = new JavaTarget(JavaNames.ROOT_PACKAGE, Map.of(), Map.of());

  /** Checks that every package is a valid Java package name. */
  public JavaTarget {
    Objects.requireNonNull(basePackage, "basePackage is null");
    providedSchemas = Map.copyOf(providedSchemas);
    providedEditions = Map.copyOf(providedEditions);
    requirePackage(basePackage);
    providedSchemas.values().forEach(JavaTarget::requirePackage);
    providedEditions.values().forEach(JavaTarget::requirePackage);
  }

  /** Generated under {@code basePackage}, nothing provided. */
  public static JavaTarget of(String basePackage) {
    return new JavaTarget(basePackage, Map.of(), Map.of());
  }

  /** True when another artifact already holds the schema's classes. */
  public boolean provided(Schema schema) {
    return providedSchemas.containsKey(schema.name());
  }

  /** True when another artifact already holds the edition's classes. */
  public boolean provided(Edition edition) {
    return providedEditions.containsKey(edition.key());
  }

  private static void requirePackage(String name) {
    if (!SourceVersion.isName(name)) {
      throw new IllegalArgumentException("`" + name + "` is not a Java package name");
    }
  }
}
