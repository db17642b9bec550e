package dev.kijun.compiler.codegen;

import com.palantir.javapoet.ClassName;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Schema;
import dev.kijun.runtime.ClauseRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * How kijun names become Java names: the one mangling, documented in docs/language.md ("Generated names"). A name
 * that is a Java keyword or restricted identifier ({@code class}, {@code new}, {@code record}, {@code var}, {@code _})
 * gets a trailing {@code _}; so does a type name that is also a {@code java.lang} type ({@code String}), which
 * generated code would otherwise shadow. Package segments are lower case, so case-only differences between
 * editions ({@code R7}, {@code r7}) meet in one package: {@code check.NameCollisionCheck} reports every such
 * coincidence, and every case-insensitive clash of generated file names, before anything is written.
 */
public final class JavaNames {
  /** The package under which everything generated lives. */
  public static final String ROOT_PACKAGE = "dev.kijun.generated";

  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "equals", "notify",
      "notifyAll", "wait", "clone", "finalize");

  /** Identifiers the JLS restricts (not keywords, but not usable as type names). */
  private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits", "when");

  /** The public types of {@code java.lang} in Java 17 (the release generated code targets), and a few later ones. */
  private static final Set<String> JAVA_LANG = Set.of("AbstractMethodError", "Appendable", "ArithmeticException",
      "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean",
      "BootstrapMethodError", "Byte", "Character", "CharSequence", "Class", "ClassCastException",
      "ClassCircularityError", "ClassFormatError", "ClassLoader", "ClassNotFoundException", "ClassValue", "Cloneable",
      "CloneNotSupportedException", "Comparable", "Compiler", "Deprecated", "Double", "Enum",
      "EnumConstantNotPresentException", "Error", "Exception", "ExceptionInInitializerError", "Float",
      "FunctionalInterface", "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
      "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
      "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal", "InstantiationError",
      "InstantiationException", "Integer", "InternalError", "InterruptedException", "Iterable",
      "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module", "ModuleLayer",
      "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError", "NoSuchFieldException",
      "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number", "NumberFormatException", "Object",
      "OutOfMemoryError", "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle", "Readable", "Record",
      "ReflectiveOperationException", "Runnable", "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs",
      "ScopedValue", "SecurityException", "SecurityManager", "Short", "StackOverflowError", "StackTraceElement",
      "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException",
      "StringTemplate", "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal",
      "Throwable", "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
      "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

  private JavaNames() {}

  /** Any kijun identifier as a Java identifier: keywords and restricted identifiers get a trailing {@code _}. */
  public static String identifier(String name) {
    return SourceVersion.isKeyword(name) || RESTRICTED.contains(name) ? name + "_" : name;
  }

  /** A record or enum name as a Java type name: also {@code java.lang} types get a trailing {@code _}. */
  public static String type(String name) {
    return JAVA_LANG.contains(name) ? name + "_" : identifier(name);
  }

  /** An enum constant's Java name. */
  public static String enumConstant(String name) {
    return identifier(name);
  }

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

  /**
   * Every class that holds {@code constants} when the first is {@code first}: constants are spread over several
   * classes so that no class initialiser exceeds the JVM's 64 KB limit.
   */
  public static List<ClassName> constantsClasses(ClassName first, List<Constant> constants) {
    List<ClassName> out = new java.util.ArrayList<>();
    for (int i = 0; i < ConstantsEmitter.groups(constants).size(); i++) {
      out.add(ConstantsEmitter.groupClass(first, i));
    }
    return out;
  }

  /** The class holding a schema's constants. */
  public static ClassName schemaConstants(JavaTarget target, Schema schema) {
    return ClassName.get(schemaPackage(target, schema), "SchemaConstants");
  }

  /** The class that reads a schema's records token by token ({@link SchemaReaderGenerator}). */
  public static ClassName schemaReader(JavaTarget target, Schema schema) {
    return ClassName.get(schemaPackage(target, schema), "SchemaReader");
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
    return identifier(name);
  }

  private static String identifierPart(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    return Character.isDigit(s.charAt(0)) ? "_" + s : identifier(s);
  }
}
