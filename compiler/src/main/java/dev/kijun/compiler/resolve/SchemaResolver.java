package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.ast.TypeRef;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the files of one schema in fixed phases: declare every record and enum name, define record fields
 * (so records may refer to each other in any order), find the root, then check constants.
 */
final class SchemaResolver {
  private final Diagnostics diagnostics;

  SchemaResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Optional<Schema> resolve(String name, List<KijunFile> files) {
    Diagnostics d = diagnostics.in("schema " + name);
    Map<String, RecordDef> records = new LinkedHashMap<>();
    Map<String, EnumDef> enums = new LinkedHashMap<>();
    Map<String, Span> declared = new LinkedHashMap<>();
    List<Decl.RecordDecl> recordDecls = new ArrayList<>();
    List<Decl.RootDecl> roots = new ArrayList<>();
    List<Decl.ConstDecl> constDecls = new ArrayList<>();
    for (KijunFile f : files) {
      for (Decl decl : f.declarations()) {
        if (decl instanceof Decl.RecordDecl r) {
          if (declare(declared, r.name().text(), r.name().span(), d)) {
            records.put(r.name().text(), new RecordDef(r.name().text(), r.doc(), r.span()));
            recordDecls.add(r);
          }
        } else if (decl instanceof Decl.EnumDecl e) {
          if (declare(declared, e.name().text(), e.name().span(), d)) {
            enums.put(e.name().text(), enumDef(e, d));
          }
        } else if (decl instanceof Decl.RootDecl r) {
          roots.add(r);
        } else if (decl instanceof Decl.ConstDecl c) {
          constDecls.add(c);
        } else {
          d.error(Code.SYNTAX, decl.span(), "a schema file holds records, enums, constants and `root` only",
              "requirements and structure belong in an `edition` file");
        }
      }
    }
    TypeResolver types = new TypeResolver(records, enums);
    for (Decl.RecordDecl r : recordDecls) {
      RecordDef def = records.get(r.name().text());
      Map<String, Span> seen = new HashMap<>();
      List<FieldDef> fields = new ArrayList<>();
      for (Decl.FieldDecl f : r.fields()) {
        Span first = seen.putIfAbsent(f.name().text(), f.name().span());
        if (first != null) {
          d.error(Code.DUPLICATE_ID, f.name().span(), "field `" + f.name().text() + "` is declared twice in record `"
              + def.name() + "`", "first declared at " + first.location());
          continue;
        }
        fields.add(new FieldDef(f.name().text(), types.resolve(f.type(), d), f.doc(), f.span()));
      }
      def.define(fields);
    }
    RecordDef root = null;
    if (roots.isEmpty()) {
      Span where = files.get(0).header().span();
      d.error(Code.MISSING_ROOT, where, "schema `" + name + "` declares no root record",
          "add `root <Record>` naming the record that the evidence file's `facts` binds to");
    } else {
      for (int i = 1; i < roots.size(); i++) {
        d.error(Code.DUPLICATE_ITEM, roots.get(i).span(), "schema `" + name + "` declares a second root", null);
      }
      Decl.RootDecl r = roots.get(0);
      root = records.get(r.name().text());
      if (root == null) {
        d.error(Code.UNKNOWN_TYPE, r.name().span(), "root `" + r.name().text() + "` is not a record of this schema",
            DidYouMean.closest(r.name().text(), records.keySet()).map(s -> "did you mean `" + s + "`?").orElse(null));
      }
    }
    Map<String, Constant> constants = new LinkedHashMap<>();
    ConstantResolver constantResolver = new ConstantResolver(d, types);
    Scope scope = new Scope(Optional.empty(), constants, enums, records, Map.of(), Optional.empty(), "", Set.of(), new int[1]);
    for (Decl.ConstDecl c : constDecls) {
      if (!declare(declared, c.name().text(), c.name().span(), d)) {
        continue;
      }
      constantResolver.resolve(c, scope).ifPresent(k -> constants.put(k.name(), k));
    }
    if (root == null) {
      return Optional.empty();
    }
    List<String> paths = files.stream().map(f -> f.span().file().path()).sorted().toList();
    return Optional.of(new Schema(name, List.copyOf(records.values()), List.copyOf(enums.values()),
        List.copyOf(constants.values()), root, paths));
  }

  private static boolean declare(Map<String, Span> declared, String name, Span span, Diagnostics d) {
    Span previous = declared.putIfAbsent(name, span);
    if (previous != null) {
      d.error(Code.DUPLICATE_ID, span, "`" + name + "` is already declared", "first declared at " + previous.location());
      return false;
    }
    return true;
  }

  private static EnumDef enumDef(Decl.EnumDecl e, Diagnostics d) {
    List<EnumDef.EnumConstant> constants = new ArrayList<>();
    Map<String, Span> names = new HashMap<>();
    Map<String, Span> spellings = new HashMap<>();
    for (Decl.EnumConstantDecl c : e.constants()) {
      String json = c.json().map(s -> s.value()).orElse(c.name().text());
      Span firstName = names.putIfAbsent(c.name().text(), c.name().span());
      if (firstName != null) {
        d.error(Code.DUPLICATE_ID, c.name().span(), "enum `" + e.name().text() + "` declares `" + c.name().text()
            + "` twice", "first declared at " + firstName.location());
        continue;
      }
      Span firstSpelling = spellings.putIfAbsent(json, c.span());
      if (firstSpelling != null) {
        d.error(Code.DUPLICATE_ID, c.span(), "enum `" + e.name().text() + "` uses the JSON spelling `" + json
            + "` twice", "first used at " + firstSpelling.location() + "; each constant needs its own spelling");
        continue;
      }
      constants.add(new EnumDef.EnumConstant(c.name().text(), json, c.doc()));
    }
    return new EnumDef(e.name().text(), e.doc(), e.ordered(), constants, e.span(), false);
  }

  /** Resolves type references against the schema's records and enums. */
  static final class TypeResolver {
    private final Map<String, RecordDef> records;
    private final Map<String, EnumDef> enums;

    TypeResolver(Map<String, RecordDef> records, Map<String, EnumDef> enums) {
      this.records = records;
      this.enums = enums;
    }

    Type resolve(TypeRef ref, Diagnostics d) {
      if (ref instanceof TypeRef.ListOf l) {
        return new Type.ListType(resolve(l.element(), d));
      }
      if (ref instanceof TypeRef.Optional o) {
        Type inner = resolve(o.inner(), d);
        if (inner instanceof Type.OptionalType) {
          return inner;
        }
        return new Type.OptionalType(inner);
      }
      TypeRef.Named n = (TypeRef.Named) ref;
      String name = n.name().text();
      for (Type.Primitive p : Type.Primitive.values()) {
        if (p != Type.Primitive.ERROR && p.display().equals(name)) {
          return p;
        }
      }
      if (records.containsKey(name)) {
        return new Type.RecordType(records.get(name));
      }
      if (enums.containsKey(name)) {
        return new Type.EnumType(enums.get(name));
      }
      List<String> candidates = new ArrayList<>(records.keySet());
      candidates.addAll(enums.keySet());
      for (Type.Primitive p : Type.Primitive.values()) {
        if (p != Type.Primitive.ERROR) {
          candidates.add(p.display());
        }
      }
      d.error(Code.UNKNOWN_TYPE, n.span(), "unknown type `" + name + "`",
          DidYouMean.closest(name, candidates).map(s -> "did you mean `" + s + "`?")
              .orElse("declare it with `record` or `enum`, or use string, secret, integer, number, boolean, date"));
      return Type.Primitive.ERROR;
    }
  }

  /** Checks a constant: declared type, literal value, matching types. */
  static final class ConstantResolver {
    private final Diagnostics d;
    private final TypeResolver types;

    ConstantResolver(Diagnostics d, TypeResolver types) {
      this.d = d;
      this.types = types;
    }

    Optional<Constant> resolve(Decl.ConstDecl c, Scope scope) {
      Type type = types.resolve(c.type(), d);
      if (!looksLiteral(c.value())) {
        // Checked before typing, so that `const N: integer = x` is not reported as an unknown evidence field.
        d.error(Code.CONSTANT_NOT_LITERAL, c.value().span(), "the value of constant `" + c.name().text()
            + "` must be a literal", "write the value itself: a string, number, date, enum constant or a list of them");
        // Still declared (with an invalid value) so that its uses are not reported as unknown names.
        return Optional.of(new Constant(c.name().text(), type, new TypedExpr.Invalid(c.value().span()), c.doc(), c.span()));
      }
      TypedExpr value = new ExprChecker(d).check(c.value(), scope, Optional.of(type));
      if (!isLiteral(value)) {
        d.error(Code.CONSTANT_NOT_LITERAL, c.value().span(), "the value of constant `" + c.name().text()
            + "` must be a literal", "write the value itself: a string, number, date, enum constant or a list of them");
        // Still declared (with an invalid value) so that its uses are not reported as unknown names.
        return Optional.of(new Constant(c.name().text(), type, new TypedExpr.Invalid(c.value().span()), c.doc(), c.span()));
      }
      if (!value.type().isError() && !type.isError() && !assignable(type, value.type())) {
        d.error(Code.TYPE_MISMATCH, c.value().span(), "constant `" + c.name().text() + "` is declared "
            + type.display() + " but its value is " + ExprChecker.a(value.type()), null);
      }
      return Optional.of(new Constant(c.name().text(), type, value, c.doc(), c.span()));
    }

    private static boolean assignable(Type declared, Type actual) {
      if (declared instanceof Type.ListType dl && actual instanceof Type.ListType al) {
        return al.element().isError() || assignable(dl.element(), al.element());
      }
      return declared.equals(actual) || declared == Type.Primitive.NUMBER && actual == Type.Primitive.INTEGER;
    }

    /** Literal forms before typing; a capitalised name may be an enum constant (typing decides). */
    private static boolean looksLiteral(dev.kijun.compiler.ast.Expr e) {
      if (e instanceof dev.kijun.compiler.ast.Expr.ListLiteral l) {
        return l.elements().stream().allMatch(ConstantResolver::looksLiteral);
      }
      if (e instanceof dev.kijun.compiler.ast.Expr.Name n) {
        return Character.isUpperCase(n.name().text().charAt(0));
      }
      if (e instanceof dev.kijun.compiler.ast.Expr.FieldAccess f) {
        return f.target() instanceof dev.kijun.compiler.ast.Expr.Name n && Character.isUpperCase(n.name().text().charAt(0));
      }
      return e instanceof dev.kijun.compiler.ast.Expr.StringLiteral || e instanceof dev.kijun.compiler.ast.Expr.IntegerLiteral
          || e instanceof dev.kijun.compiler.ast.Expr.DecimalLiteral || e instanceof dev.kijun.compiler.ast.Expr.DateLiteral
          || e instanceof dev.kijun.compiler.ast.Expr.BooleanLiteral || e instanceof dev.kijun.compiler.ast.Expr.Error;
    }

    private static boolean isLiteral(TypedExpr t) {
      if (t instanceof TypedExpr.ListLit l) {
        return l.elements().stream().allMatch(ConstantResolver::isLiteral);
      }
      return t instanceof TypedExpr.StringLit || t instanceof TypedExpr.IntegerLit || t instanceof TypedExpr.NumberLit
          || t instanceof TypedExpr.BooleanLit || t instanceof TypedExpr.DateLit || t instanceof TypedExpr.EnumLit
          || t instanceof TypedExpr.Invalid;
    }
  }
}
