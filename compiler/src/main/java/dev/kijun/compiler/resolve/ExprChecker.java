package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Expr;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Type-checks one expression against the evidence schema and turns it into a {@link TypedExpr}. Errors are reported
 * and replaced by {@link TypedExpr.Invalid}, whose error type fits everywhere, so one mistake gives one diagnostic.
 * Enum constants may be written bare when the expected type names the enum (bidirectional checking).
 */
final class ExprChecker {
  private final Diagnostics diagnostics;

  ExprChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks a condition: the result must be boolean. */
  TypedExpr condition(Expr e, Scope scope) {
    TypedExpr t = value(check(e, scope, Optional.of(Type.Primitive.BOOLEAN)));
    expect(t, Type.Primitive.BOOLEAN, "a condition");
    return t;
  }

  /** Checks an expression with an optional expected type (used to resolve bare enum constants). */
  TypedExpr check(Expr e, Scope scope, Optional<Type> expected) {
    if (e instanceof Expr.Error err) {
      // Holes left by syntax errors never reach the resolver (the compiler stops first); what remains is a literal
      // the parser accepted but could not read, such as a date that names no real day.
      String text = err.span().text();
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        diagnostics.error(Code.SYNTAX, err.span(), "`" + text + "` is not a calendar date",
            "dates are written YYYY-MM-DD with a real month and day, e.g. `2026-04-01`");
      } else {
        diagnostics.error(Code.SYNTAX, err.span(), "cannot read the expression `" + text + "`", null);
      }
      return new TypedExpr.Invalid(err.span());
    }
    if (e instanceof Expr.StringLiteral s) {
      return new TypedExpr.StringLit(s.value(), s.span());
    }
    if (e instanceof Expr.IntegerLiteral i) {
      return new TypedExpr.IntegerLit(i.value(), i.span());
    }
    if (e instanceof Expr.DecimalLiteral d) {
      return new TypedExpr.NumberLit(d.value(), d.span());
    }
    if (e instanceof Expr.DateLiteral d) {
      return new TypedExpr.DateLit(d.value(), d.span());
    }
    if (e instanceof Expr.BooleanLiteral b) {
      return new TypedExpr.BooleanLit(b.value(), b.span());
    }
    if (e instanceof Expr.AsOf a) {
      return new TypedExpr.AsOf(a.span());
    }
    if (e instanceof Expr.ListLiteral l) {
      return listLiteral(l, scope, expected);
    }
    if (e instanceof Expr.Name n) {
      return name(n, scope, expected);
    }
    if (e instanceof Expr.FieldAccess f) {
      return fieldAccess(f, scope);
    }
    if (e instanceof Expr.Logical l) {
      TypedExpr left = condition(l.left(), scope);
      TypedExpr right = condition(l.right(), scope);
      return new TypedExpr.Logical(l.op(), left, right, l.span());
    }
    if (e instanceof Expr.Not n) {
      return new TypedExpr.Not(condition(n.operand(), scope), n.span());
    }
    if (e instanceof Expr.Comparison c) {
      return comparison(c, scope);
    }
    if (e instanceof Expr.Membership m) {
      return membership(m, scope);
    }
    if (e instanceof Expr.Subset s) {
      return subset(s, scope);
    }
    if (e instanceof Expr.Presence p) {
      return presence(p, scope);
    }
    if (e instanceof Expr.DateShift d) {
      TypedExpr base = value(check(d.base(), scope, Optional.empty()));
      expect(base, Type.Primitive.DATE, "date arithmetic");
      checkShiftRange(d);
      return new TypedExpr.Shift(base, d.plus(), d.amount(), d.unit(), d.span());
    }
    if (e instanceof Expr.Quantifier q) {
      Bound b = bind(q.var(), q.list(), scope);
      Optional<TypedExpr> filter = q.filter().map(f -> condition(f, b.scope));
      TypedExpr body = condition(q.body(), b.scope);
      return new TypedExpr.Quantified(q.forall(), b.variable, b.list, filter, body, q.span());
    }
    if (e instanceof Expr.Count c) {
      Bound b = bind(c.var(), c.list(), scope);
      Optional<TypedExpr> filter = c.filter().map(f -> condition(f, b.scope));
      return new TypedExpr.CountOf(b.variable, b.list, filter, c.span());
    }
    if (e instanceof Expr.Unique u) {
      Bound b = bind(u.var(), u.list(), scope);
      Optional<TypedExpr> filter = u.filter().map(f -> condition(f, b.scope));
      TypedExpr key = value(check(u.key(), b.scope, Optional.empty()));
      Type kt = key.type();
      if (!kt.isError() && (kt instanceof Type.ListType || kt instanceof Type.RecordType)) {
        diagnostics.error(Code.TYPE_MISMATCH, key.span(), "a uniqueness key must be a single value, not " + a(kt),
            "pick a field, e.g. `unique(d in devices: d.id)`");
      }
      return new TypedExpr.UniqueBy(b.variable, b.list, filter, key, u.span());
    }
    if (e instanceof Expr.Waived w) {
      return waived(w, scope);
    }
    if (e instanceof Expr.AnswerOf a) {
      return answer(a, scope);
    }
    throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
  }

  /** Unwraps an optional value: reading it when absent makes the verdict EVIDENCE_MISSING. */
  static TypedExpr value(TypedExpr t) {
    return t.type() instanceof Type.OptionalType ? new TypedExpr.Unwrap(t, t.span()) : t;
  }

  private record Bound(Variable variable, TypedExpr list, Scope scope) {}

  private Bound bind(dev.kijun.compiler.ast.Leaf.Identifier var, Expr listExpr, Scope scope) {
    TypedExpr list = value(check(listExpr, scope, Optional.empty()));
    Type element = Type.Primitive.ERROR;
    if (list.type() instanceof Type.ListType lt) {
      element = lt.element();
    } else if (!list.type().isError()) {
      diagnostics.error(Code.TYPE_MISMATCH, list.span(),
          "`" + list.span().text() + "` is " + a(list.type()) + ", not a list", "quantifiers range over lists");
    }
    Variable v = new Variable(var.text(), element, var.span(), scope.nextVariableIndex());
    return new Bound(v, list, scope.bind(v));
  }

  private TypedExpr listLiteral(Expr.ListLiteral l, Scope scope, Optional<Type> expected) {
    Optional<Type> expectedElement = expected.flatMap(t -> t.unwrapped() instanceof Type.ListType lt
        ? Optional.of(lt.element()) : Optional.empty());
    List<TypedExpr> elements = new ArrayList<>();
    Type element = expectedElement.orElse(null);
    for (Expr item : l.elements()) {
      TypedExpr t = value(check(item, scope, Optional.ofNullable(element).filter(x -> !x.isError())));
      if (element == null || element.isError()) {
        element = t.type();
      } else if (!Type.comparable(element, t.type())) {
        diagnostics.error(Code.TYPE_MISMATCH, t.span(),
            "list element is " + a(t.type()) + " but the list holds " + element.display(), null);
      }
      elements.add(t);
    }
    return new TypedExpr.ListLit(elements, new Type.ListType(element == null ? Type.Primitive.ERROR : element), l.span());
  }

  private TypedExpr name(Expr.Name n, Scope scope, Optional<Type> expected) {
    String text = n.name().text();
    Span span = n.span();
    Variable v = scope.variables.get(text);
    if (v != null) {
      return new TypedExpr.Var(v, span);
    }
    if (scope.root.isPresent()) {
      Optional<FieldDef> field = scope.root.get().field(text);
      if (field.isPresent()) {
        return new TypedExpr.Field(new TypedExpr.Root(new Type.RecordType(scope.root.get()), span), field.get(), span);
      }
    }
    Constant c = scope.constants.get(text);
    if (c != null) {
      return new TypedExpr.ConstRef(c, span);
    }
    Optional<TypedExpr> enumConstant = enumConstant(text, span, scope, expected);
    if (enumConstant.isPresent()) {
      return enumConstant.get();
    }
    if (expected.isPresent() && expected.get().isError() && Character.isUpperCase(text.charAt(0))) {
      // The other side of a comparison is already wrong and reported; this name cannot be judged without it.
      return new TypedExpr.Invalid(span);
    }
    if (Character.isLowerCase(text.charAt(0))) {
      String recordName = scope.root.map(RecordDef::name).orElse("the evidence root");
      String help = DidYouMean.closest(text, scope.valueNames()).map(s -> "did you mean `" + s + "`?")
          .orElse("fields of `" + recordName + "`: " + fieldList(scope.root));
      diagnostics.error(Code.UNKNOWN_EVIDENCE, span, "unknown evidence field `" + text + "` in `" + recordName + "`", help);
    } else {
      List<String> candidates = new ArrayList<>(scope.constants.keySet());
      scope.enums.values().forEach(e -> e.constants().forEach(k -> candidates.add(k.name())));
      String help = DidYouMean.closest(text, candidates).map(s -> "did you mean `" + s + "`?")
          .orElse("declare it with `const` or write the enum constant of the expected type");
      diagnostics.error(Code.UNKNOWN_NAME, span, "unknown constant or enum constant `" + text + "`", help);
    }
    return new TypedExpr.Invalid(span);
  }

  private Optional<TypedExpr> enumConstant(String text, Span span, Scope scope, Optional<Type> expected) {
    if (expected.isPresent() && expected.get().unwrapped() instanceof Type.EnumType et) {
      Optional<EnumDef.EnumConstant> k = et.def().constant(text);
      if (k.isPresent()) {
        return Optional.of(new TypedExpr.EnumLit(et.def(), k.get(), span));
      }
    }
    List<EnumDef> owners = scope.enums.values().stream().filter(e -> e.constant(text).isPresent()).toList();
    if (owners.size() == 1) {
      return Optional.of(new TypedExpr.EnumLit(owners.get(0), owners.get(0).constant(text).get(), span));
    }
    if (owners.size() > 1) {
      diagnostics.error(Code.AMBIGUOUS_NAME, span, "`" + text + "` is a constant of several enums: "
          + String.join(", ", owners.stream().map(o -> "`" + o.name() + "`").toList()),
          "qualify it, e.g. `" + owners.get(0).name() + "." + text + "`");
      return Optional.of(new TypedExpr.Invalid(span));
    }
    return Optional.empty();
  }

  private TypedExpr fieldAccess(Expr.FieldAccess f, Scope scope) {
    String fieldName = f.field().text();
    if (f.target() instanceof Expr.Name n && !scope.variables.containsKey(n.name().text())
        && scope.enums.containsKey(n.name().text()) && scope.constants.get(n.name().text()) == null) {
      EnumDef def = scope.enums.get(n.name().text());
      Optional<EnumDef.EnumConstant> k = def.constant(fieldName);
      if (k.isPresent()) {
        return new TypedExpr.EnumLit(def, k.get(), f.span());
      }
      List<String> names = def.constants().stream().map(EnumDef.EnumConstant::name).toList();
      diagnostics.error(Code.UNKNOWN_NAME, f.field().span(), "enum `" + def.name() + "` has no constant `" + fieldName + "`",
          DidYouMean.closest(fieldName, names).map(s -> "did you mean `" + s + "`?")
              .orElse("its constants: " + String.join(", ", names)));
      return new TypedExpr.Invalid(f.span());
    }
    TypedExpr target = value(check(f.target(), scope, Optional.empty()));
    if (target.type().isError()) {
      return new TypedExpr.Invalid(f.span());
    }
    if (!(target.type() instanceof Type.RecordType rt)) {
      String help = target.type() instanceof Type.ListType
          ? "it is a list; use a quantifier, e.g. `forall x in " + f.target().span().text() + ": x." + fieldName + " …`"
          : null;
      diagnostics.error(Code.TYPE_MISMATCH, f.field().span(), "`" + f.target().span().text() + "` is "
          + a(target.type()) + ", which has no field `" + fieldName + "`", help);
      return new TypedExpr.Invalid(f.span());
    }
    Optional<FieldDef> field = rt.def().field(fieldName);
    if (field.isEmpty()) {
      List<String> names = rt.def().fields().stream().map(FieldDef::name).toList();
      diagnostics.error(Code.UNKNOWN_EVIDENCE, f.field().span(),
          "unknown evidence field `" + fieldName + "` in record `" + rt.def().name() + "`",
          DidYouMean.closest(fieldName, names).map(s -> "did you mean `" + s + "`?")
              .orElse("fields of `" + rt.def().name() + "`: " + String.join(", ", names)));
      return new TypedExpr.Invalid(f.span());
    }
    return new TypedExpr.Field(target, field.get(), f.span());
  }

  private TypedExpr comparison(Expr.Comparison c, Scope scope) {
    TypedExpr left;
    TypedExpr right;
    if (isBareConstant(c.left(), scope)) {
      right = value(check(c.right(), scope, Optional.empty()));
      left = value(check(c.left(), scope, Optional.of(right.type())));
    } else {
      left = value(check(c.left(), scope, Optional.empty()));
      right = value(check(c.right(), scope, Optional.of(left.type())));
    }
    Type lt = left.type();
    Type rt = right.type();
    if (!Type.comparable(lt, rt)) {
      diagnostics.error(Code.TYPE_MISMATCH, c.span(), "cannot compare " + a(lt) + " with " + a(rt),
          hintForMismatch(lt, rt));
    } else if (c.op().isOrdering() && !lt.isError() && !rt.isError() && !orderable(lt)) {
      String help = lt instanceof Type.EnumType et
          ? "declare it `ordered enum " + et.def().name() + "` if its order means something"
          : "only integers, numbers, dates and ordered enums have an order";
      diagnostics.error(Code.TYPE_MISMATCH, c.span(), "`" + c.op().symbol() + "` needs ordered values; "
          + lt.display() + " has no order", help);
    }
    return new TypedExpr.Compare(c.op(), left, right, c.span());
  }

  private static String hintForMismatch(Type a, Type b) {
    if (a instanceof Type.ListType || b instanceof Type.ListType) {
      return "to test membership write `x in list`; to compare lists write `a subset of b`";
    }
    if (a == Type.Primitive.SECRET || b == Type.Primitive.SECRET) {
      return "secrets compare only with secrets";
    }
    if (a.unwrapped() == Type.Primitive.DATE || b.unwrapped() == Type.Primitive.DATE) {
      return "write a date as `2026-04-01`; to move a date write e.g. `asOf - 30 days`";
    }
    return null;
  }

  private static boolean orderable(Type t) {
    return Type.isNumeric(t) || t == Type.Primitive.DATE || t instanceof Type.EnumType et && et.def().ordered();
  }

  private boolean isBareConstant(Expr e, Scope scope) {
    return e instanceof Expr.Name n && Character.isUpperCase(n.name().text().charAt(0))
        && !scope.constants.containsKey(n.name().text()) && !scope.variables.containsKey(n.name().text());
  }

  private TypedExpr membership(Expr.Membership m, Scope scope) {
    TypedExpr list;
    TypedExpr element;
    if (isBareConstant(m.element(), scope)) {
      list = value(check(m.list(), scope, Optional.empty()));
      Optional<Type> el = list.type() instanceof Type.ListType lt ? Optional.of(lt.element()) : Optional.empty();
      element = value(check(m.element(), scope, el));
    } else {
      element = value(check(m.element(), scope, Optional.empty()));
      list = value(check(m.list(), scope, Optional.of(new Type.ListType(element.type()))));
    }
    checkListOf(list, element.type(), "`in`");
    return new TypedExpr.In(element, list, m.negated(), m.span());
  }

  private TypedExpr subset(Expr.Subset s, Scope scope) {
    TypedExpr left;
    TypedExpr right;
    if (s.left() instanceof Expr.ListLiteral && !(s.right() instanceof Expr.ListLiteral)) {
      // `[ON] subset of flags`: the list on the right tells which enum the bare constants belong to.
      right = value(check(s.right(), scope, Optional.empty()));
      left = value(check(s.left(), scope, Optional.of(right.type())));
    } else {
      left = value(check(s.left(), scope, Optional.empty()));
      right = value(check(s.right(), scope, Optional.of(left.type())));
    }
    if (left.type() instanceof Type.ListType lt) {
      checkListOf(right, lt.element(), "`subset of`");
    } else if (!left.type().isError()) {
      diagnostics.error(Code.TYPE_MISMATCH, left.span(), "`subset of` needs a list on the left, not "
          + a(left.type()), "for a single value write `x in list`");
    }
    return new TypedExpr.SubsetOf(left, right, s.span());
  }

  private void checkListOf(TypedExpr list, Type element, String what) {
    if (list.type().isError()) {
      return;
    }
    if (!(list.type() instanceof Type.ListType lt)) {
      diagnostics.error(Code.TYPE_MISMATCH, list.span(), what + " needs a list, not " + a(list.type()), null);
      return;
    }
    if (!Type.comparable(lt.element(), element)) {
      diagnostics.error(Code.TYPE_MISMATCH, list.span(), "a " + list.type().display() + " cannot hold " + a(element), null);
    }
  }

  private TypedExpr presence(Expr.Presence p, Scope scope) {
    TypedExpr operand = check(p.operand(), scope, Optional.empty());
    if (!(operand.type() instanceof Type.OptionalType) && !operand.type().isError()) {
      diagnostics.error(Code.TYPE_MISMATCH, p.operand().span(), "`" + p.operand().span().text() + "` is not optional",
          "`is present` and `is absent` apply to fields declared with `?`");
    }
    return new TypedExpr.Presence(operand, p.present(), p.span());
  }

  private TypedExpr waived(Expr.Waived w, Scope scope) {
    TypedExpr subject = value(check(w.subject(), scope, Optional.empty()));
    expect(subject, Type.Primitive.STRING, "a waiver subject");
    if (scope.waivers.isEmpty()) {
      diagnostics.error(Code.UNKNOWN_WAIVER, w.span(), "`waived` can only be used in a requirement's checks",
          "waivers belong to a requirement: declare `waiver " + w.name().text() + " { … }` inside it");
      return new TypedExpr.Invalid(w.span());
    }
    List<WaiverDef> declared = scope.waivers.get();
    Optional<WaiverDef> waiver = declared.stream().filter(d -> d.name().equals(w.name().text())).findFirst();
    if (waiver.isEmpty()) {
      List<String> names = declared.stream().map(WaiverDef::name).toList();
      diagnostics.error(Code.UNKNOWN_WAIVER, w.name().span(), "this requirement declares no waiver `" + w.name().text() + "`",
          DidYouMean.closest(w.name().text(), names).map(s -> "did you mean `" + s + "`?")
              .orElse("declare it: `waiver " + w.name().text() + " { summary ja \"…\" summary en \"…\" }`"));
      return new TypedExpr.Invalid(w.span());
    }
    return new TypedExpr.Waived(waiver.get(), subject, w.span());
  }

  private TypedExpr answer(Expr.AnswerOf a, Scope scope) {
    String clause = a.clause().value();
    if (!scope.questions.contains(clause)) {
      diagnostics.error(Code.UNKNOWN_QUESTION, a.clause().span(), "`" + clause + "` is not a question of this edition",
          DidYouMean.closest(clause, scope.questions).map(s -> "did you mean `" + s + "`?")
              .orElse("answer() reads the answer to a requirement of this edition that has `check question`"));
      return new TypedExpr.Invalid(a.span());
    }
    String[] key = scope.editionKey.split("@", 2);
    return new TypedExpr.AnswerOf(new ClauseRef(key[0], key[1], clause), new Type.EnumType(Builtins.ANSWER), a.span());
  }

  private void expect(TypedExpr t, Type wanted, String where) {
    if (t.type().isError() || t.type().equals(wanted)) {
      return;
    }
    diagnostics.error(Code.TYPE_MISMATCH, t.span(), where + " must be " + a(wanted) + ", but `"
        + t.span().text() + "` is " + a(t.type()), wanted == Type.Primitive.BOOLEAN && t.type() instanceof Type.ListType
        ? "use a quantifier (`forall`, `exists`) or `count(…)` to turn a list into a condition" : null);
  }

  /** A type's name with its indefinite article: "an integer", "a list<Device>". */
  static String a(Type t) {
    String name = t.display();
    return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private static String fieldList(Optional<RecordDef> root) {
    return root.map(r -> String.join(", ", r.fields().stream().map(FieldDef::name).toList())).orElse("(none)");
  }

  /** The longest date shift, in days: ten thousand years. Within it no shift of a real date leaves Java's date range. */
  static final long MAX_SHIFT_DAYS = 3_660_000;

  /**
   * A shift longer than {@link #MAX_SHIFT_DAYS} is {@link Code#OUT_OF_RANGE}: evidence dates have four-digit years and
   * expressions nest at most 100 deep, so every shift that passes this check stays a date at run time.
   */
  private void checkShiftRange(Expr.DateShift d) {
    long perUnit = switch (d.unit()) {
      case DAYS -> 1;
      case WEEKS -> 7;
      case MONTHS -> 31;
      case YEARS -> 366;
    };
    if (d.amount() < 0 || d.amount() > MAX_SHIFT_DAYS / perUnit) {
      diagnostics.error(Code.OUT_OF_RANGE, d.span(), "a shift of " + d.amount() + " "
          + d.unit().name().toLowerCase(java.util.Locale.ROOT) + " is beyond the ten thousand years a date shift may span",
          "the longest shifts are " + MAX_SHIFT_DAYS + " days, " + MAX_SHIFT_DAYS / 7 + " weeks, " + MAX_SHIFT_DAYS / 31
              + " months or " + MAX_SHIFT_DAYS / 366 + " years");
    }
  }
}
