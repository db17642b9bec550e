package dev.kijun.compiler.check;

import dev.kijun.compiler.codegen.JavaNames;
import dev.kijun.compiler.codegen.JavaTarget;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.docs.DocNames;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two declarations whose generated names coincide once case is ignored: Java packages and classes (through
 * {@link JavaNames}) and documentation pages (through {@link DocNames}). On a case-insensitive file system (macOS,
 * Windows) such files overwrite each other, and even where they do not, one edition's validators would replace
 * another's; so this runs before anything is written, and the diagnostic names both declarations.
 */
final class NameCollisionCheck implements Check {
  /** Every target prefixes the same base package, so names that collide under one collide under all. */
  private static final JavaTarget T = JavaTarget.DEFAULT;

  private record Owner(String what, Span span) {}

  @Override
  public void run(Program program, Diagnostics diagnostics) {
    Map<String, Owner> seen = new HashMap<>();
    for (Schema s : program.schemas()) {
      String pkg = JavaNames.schemaPackage(T, s);
      Span at = fileStart(s.sourceFiles());
      claim(seen, "package " + pkg, new Owner("schema `" + s.name() + "`", at), diagnostics);
      for (RecordDef r : s.records()) {
        claim(seen, javaFile(pkg, JavaNames.type(r.name())), new Owner("record `" + r.name() + "`", r.span()), diagnostics);
      }
      for (EnumDef e : s.enums()) {
        claim(seen, javaFile(pkg, JavaNames.type(e.name())), new Owner("enum `" + e.name() + "`", e.span()), diagnostics);
      }
      if (!s.records().isEmpty()) {
        claim(seen, javaFile(pkg, JavaNames.schemaReader(T, s).simpleName()),
            new Owner("the record reader of schema `" + s.name() + "`", at), diagnostics);
      }
      if (!s.constants().isEmpty()) {
        for (var c : JavaNames.constantsClasses(JavaNames.schemaConstants(T, s), s.constants())) {
          claim(seen, javaFile(pkg, c.simpleName()), new Owner("the constants of schema `" + s.name() + "`", at),
              diagnostics);
        }
      }
      constants(s.constants(), diagnostics);
    }
    for (Edition e : program.editions()) {
      String pkg = JavaNames.editionPackage(T, e);
      Span at = fileStart(e.sourceFiles());
      Owner edition = new Owner("edition `" + e.key() + "`", at);
      claim(seen, "package " + pkg, edition, diagnostics);
      claim(seen, javaFile(pkg, JavaNames.editionClass(T, e).simpleName()), edition, diagnostics);
      claim(seen, "docs " + e.document() + "/" + e.edition() + "/", edition, diagnostics);
      if (!e.constants().isEmpty()) {
        for (var c : JavaNames.constantsClasses(JavaNames.editionConstants(T, e), e.constants())) {
          claim(seen, javaFile(pkg, c.simpleName()), new Owner("the constants of edition `" + e.key() + "`", at),
              diagnostics);
        }
      }
      constants(e.constants(), diagnostics);
      for (Requirement r : e.requirements()) {
        Owner req = new Owner("requirement `" + r.id() + "`", r.span());
        if (!r.stub()) {
          claim(seen, javaFile(pkg, JavaNames.validatorClass(T, e, r.id()).simpleName()), req, diagnostics);
        }
        claim(seen, "docs " + e.document() + "/" + e.edition() + "/" + DocNames.requirementPage(r.id().clause()), req,
            diagnostics);
      }
    }
  }

  /** Constants share one class, with a {@code _SET} twin for each list constant. */
  private static void constants(List<Constant> constants, Diagnostics diagnostics) {
    Map<String, Owner> fields = new HashMap<>();
    for (Constant c : constants) {
      Owner owner = new Owner("constant `" + c.name() + "`", c.span());
      claim(fields, "field " + JavaNames.constant(c.name()), owner, diagnostics);
      if (c.type() instanceof dev.kijun.compiler.model.Type.ListType) {
        claim(fields, "field " + JavaNames.constant(c.name()) + "_SET", owner, diagnostics);
      }
    }
  }

  private static String javaFile(String pkg, String simpleName) {
    return "java " + pkg.replace('.', '/') + "/" + simpleName + ".java";
  }

  private static void claim(Map<String, Owner> seen, String name, Owner owner, Diagnostics diagnostics) {
    Owner first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), owner);
    if (first != null && !first.equals(owner)) {
      String kind = name.substring(0, name.indexOf(' '));
      String what = name.substring(name.indexOf(' ') + 1);
      String shown = switch (kind) {
        case "docs" -> "the documentation page " + what + ".*";
        case "package" -> "Java package " + what;
        case "field" -> "the Java field " + what;
        default -> what;
      };
      diagnostics.error(Code.NAME_COLLISION, owner.span(), owner.what() + " and " + first.what() + " ("
          + first.span().location() + ") both generate " + shown + ", ignoring case",
          "rename one of them: generated names must differ in more than letter case");
    }
  }

  /** Line 1 of the first file of an edition or schema, where its header is. */
  private static Span fileStart(List<String> files) {
    return new Span(new SourceFile(files.isEmpty() ? "?" : files.get(0), ""), 0, 0);
  }
}
