package dev.kijun.compiler.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.compiler.interp.Vals.EnumV;
import dev.kijun.compiler.interp.Vals.RecV;
import dev.kijun.compiler.interp.Vals.SecretV;
import dev.kijun.compiler.interp.Evaluator.Result;
import dev.kijun.compiler.resolve.Builtins;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.eval.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads values: evidence fields from the JSON tree (typed by the schema), literals and constants, dates shifted,
 * counts, answers. A read that finds an optional value absent, or a date after the assessment date, is unknown and
 * carries the observation saying so. Also knows the evidence path and the element (id) each value belongs to.
 */
final class Values {
  /** The element a value belongs to: its record's name and id (or name). */
  record Subj(String kind, String id) {}

  /** A value, its evidence path (null when it is not read from evidence, "" for the root) and element. */
  record Val(Object v, String path, Subj subject, List<Observation> missing, boolean unknown) {
    boolean hasPath() {
      return path != null && !path.isEmpty();
    }

    static Val of(Object v) {
      return new Val(v, null, null, List.of(), false);
    }

    static Val unknown(List<Observation> missing) {
      return new Val(null, null, null, missing, true);
    }
  }

  private final Schema schema;
  private final Envelope envelope;

  Values(Schema schema, Envelope envelope) {
    this.schema = schema;
    this.envelope = envelope;
  }

  Val root() {
    return new Val(new RecV(schema.root(), envelope.facts()), "", null, List.of(), false);
  }

  Val value(TypedExpr e, Map<Variable, Val> env, Evaluator ev) {
    if (e instanceof TypedExpr.Root) {
      return root();
    }
    if (e instanceof TypedExpr.Var v) {
      return env.get(v.variable());
    }
    if (e instanceof TypedExpr.Field f) {
      Val target = value(f.target(), env, ev);
      if (target.unknown()) {
        return target;
      }
      RecV rec = (RecV) target.v();
      JsonNode raw = rec.node().get(f.field().name());
      Object v = raw == null || raw.isNull() ? null : convert(raw, f.field().type().unwrapped());
      String path = target.path() == null ? null
          : target.path().isEmpty() ? f.field().name() : target.path() + "." + f.field().name();
      Val read = new Val(v, path, target.subject(), List.of(), false);
      return f.type() == Type.Primitive.DATE ? plausible(read) : read;
    }
    if (e instanceof TypedExpr.Unwrap u) {
      Val inner = value(u.inner(), env, ev);
      if (inner.unknown()) {
        return inner;
      }
      if (inner.v() == null) {
        String path = inner.hasPath() ? inner.path() : u.span().text();
        return Val.unknown(List.of(new Observation(Kind.MISSING, path, Evaluator.kind(inner.subject()),
            Evaluator.id(inner.subject()), "", skeleton(u.type(), 0))));
      }
      return u.type() == Type.Primitive.DATE ? plausible(inner) : inner;
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return Val.of(literal(c.constant().value()));
    }
    if (e instanceof TypedExpr.AsOf) {
      return Val.of(envelope.asOf());
    }
    if (e instanceof TypedExpr.Shift s) {
      Val base = value(s.base(), env, ev);
      if (base.unknown()) {
        return base;
      }
      LocalDate d = (LocalDate) base.v();
      long n = s.plus() ? s.amount() : -s.amount();
      switch (s.unit()) {
        case DAYS: return Val.of(d.plusDays(n));
        case WEEKS: return Val.of(d.plusWeeks(n));
        case MONTHS: return Val.of(d.plusMonths(n));
        default: return Val.of(d.plusYears(n));
      }
    }
    if (e instanceof TypedExpr.CountOf c) {
      Val list = value(c.list(), env, ev);
      if (list.unknown()) {
        return list;
      }
      List<?> items = (List<?>) list.v();
      long count = 0;
      boolean unknown = false;
      List<Observation> missing = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (c.filter().isEmpty()) {
          count++;
          continue;
        }
        Map<Variable, Val> inner = new java.util.HashMap<>(env);
        Subj subject = subjectOf(c.variable().type(), items.get(i)).orElse(list.subject());
        inner.put(c.variable(), new Val(items.get(i), list.path() == null ? null : list.path() + "[" + i + "]",
            subject, List.of(), false));
        Result f = evalQuietly(ev, c.filter().get(), inner);
        if (f.truth() == Truth.TRUE) {
          count++;
        } else if (f.truth() == Truth.UNKNOWN) {
          unknown = true;
          missing.addAll(f.entries());
        }
      }
      if (unknown) {
        return Val.unknown(missing);
      }
      return new Val(count, list.path(), list.subject(), List.of(), false);
    }
    if (e instanceof TypedExpr.AnswerOf a) {
      return answer(a.clause());
    }
    if (e instanceof TypedExpr.StringLit || e instanceof TypedExpr.IntegerLit || e instanceof TypedExpr.NumberLit
        || e instanceof TypedExpr.DateLit || e instanceof TypedExpr.EnumLit || e instanceof TypedExpr.BooleanLit
        || e instanceof TypedExpr.ListLit) {
      return Val.of(literal(e));
    }
    if (e.type() == Type.Primitive.BOOLEAN) {
      Result r = evalQuietly(ev, e, env);
      return r.truth() == Truth.UNKNOWN ? Val.unknown(r.entries()) : Val.of(r.truth() == Truth.TRUE);
    }
    throw new IllegalStateException("cannot evaluate " + e.getClass().getSimpleName() + " at " + e.span());
  }

  private static Result evalQuietly(Evaluator ev, TypedExpr e, Map<Variable, Val> env) {
    return ev.quietly(e, env);
  }

  /** A date read from evidence counts only when it is not after the assessment date. */
  private Val plausible(Val read) {
    if (!read.hasPath() || read.v() == null) {
      return read;
    }
    LocalDate d = (LocalDate) read.v();
    if (d.isAfter(envelope.asOf())) {
      return Val.unknown(List.of(new Observation(Kind.IMPLAUSIBLE, read.path(), Evaluator.kind(read.subject()),
          Evaluator.id(read.subject()), d.toString(), "on or before " + envelope.asOf())));
    }
    return read;
  }

  private Val answer(ClauseRef clause) {
    Envelope.AnswerEntry a = envelope.answers().get(clause);
    String path = "answers[\"" + clause + "\"]";
    if (a == null) {
      return Val.unknown(List.of(new Observation(Kind.MISSING, path, "", "", "", "an answer")));
    }
    if (a.checkedOn().isAfter(envelope.asOf())) {
      return Val.unknown(List.of(new Observation(Kind.IMPLAUSIBLE, path + ".checkedOn", "", "",
          a.checkedOn().toString(), "on or before " + envelope.asOf())));
    }
    return new Val(Vals.enumByJson(Builtins.ANSWER, a.answer()), path, null, List.of(), false);
  }

  /** A JSON value of a (non-optional) kijun type. */
  Object convert(JsonNode n, Type t) {
    if (t instanceof Type.ListType l) {
      List<Object> out = new ArrayList<>();
      for (JsonNode x : n) {
        out.add(convert(x, l.element()));
      }
      return out;
    }
    if (t instanceof Type.RecordType r) {
      return new RecV(r.def(), n);
    }
    if (t instanceof Type.EnumType en) {
      return Vals.enumByJson(en.def(), n.asText());
    }
    switch ((Type.Primitive) t) {
      case STRING: return n.asText();
      case SECRET: return new SecretV(n.asText());
      case INTEGER: return n.longValue();
      case NUMBER: return n.decimalValue();
      case BOOLEAN: return n.booleanValue();
      case DATE: return LocalDate.parse(n.asText());
      default: throw new IllegalStateException("no value of type " + t.display());
    }
  }

  /** A literal (or a constant's literal value). */
  static Object literal(TypedExpr e) {
    if (e instanceof TypedExpr.StringLit s) {
      return s.value();
    }
    if (e instanceof TypedExpr.IntegerLit i) {
      return i.value();
    }
    if (e instanceof TypedExpr.NumberLit n) {
      return n.value();
    }
    if (e instanceof TypedExpr.BooleanLit b) {
      return b.value();
    }
    if (e instanceof TypedExpr.DateLit d) {
      return d.value();
    }
    if (e instanceof TypedExpr.EnumLit en) {
      return Vals.enumOf(en.def(), en.constant());
    }
    if (e instanceof TypedExpr.ListLit l) {
      List<Object> out = new ArrayList<>();
      l.elements().forEach(x -> out.add(literal(x)));
      return out;
    }
    if (e instanceof TypedExpr.ConstRef c) {
      return literal(c.constant().value());
    }
    throw new IllegalStateException("not a literal: " + e.getClass().getSimpleName());
  }

  /** The text an operand has in an observation's expectation when it is known without evaluating it. */
  static Optional<String> staticText(TypedExpr e) {
    if (e instanceof TypedExpr.ConstRef c) {
      return Optional.of(c.constant().name());
    }
    if (e instanceof TypedExpr.ListLit l) {
      // Element by element, so an empty string is an element ("[a, ]"), not a value that cannot be shown.
      List<String> parts = new java.util.ArrayList<>();
      for (TypedExpr x : l.elements()) {
        Optional<String> t = staticText(x);
        if (t.isEmpty()) {
          return Optional.empty();
        }
        parts.add(t.get());
      }
      return Optional.of("[" + String.join(", ", parts) + "]");
    }
    if (e instanceof TypedExpr.StringLit || e instanceof TypedExpr.IntegerLit || e instanceof TypedExpr.NumberLit
        || e instanceof TypedExpr.BooleanLit || e instanceof TypedExpr.DateLit || e instanceof TypedExpr.EnumLit) {
      String s = Vals.render(literal(e));
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The element of a record with a string {@code id} (else {@code name}) field; empty for other values. */
  Optional<Subj> subjectOf(Type t, Object item) {
    if (!(t instanceof Type.RecordType r) || !(item instanceof RecV rec)) {
      return Optional.empty();
    }
    for (String name : List.of("id", "name")) {
      Optional<FieldDef> f = r.def().field(name);
      if (f.isPresent() && f.get().type() == Type.Primitive.STRING) {
        return Optional.of(new Subj(r.def().name(), rec.node().path(name).asText()));
      }
    }
    return Optional.empty();
  }

  /** The evidence path of a path expression, from the bound variables alone (nothing is read). */
  Optional<String> staticPath(TypedExpr e, Map<Variable, Val> env) {
    if (e instanceof TypedExpr.Root) {
      return Optional.empty();
    }
    if (e instanceof TypedExpr.Var v) {
      Val b = env.get(v.variable());
      return b == null || !b.hasPath() ? Optional.empty() : Optional.of(b.path());
    }
    if (e instanceof TypedExpr.Field f) {
      if (f.target() instanceof TypedExpr.Root) {
        return Optional.of(f.field().name());
      }
      return staticPath(f.target(), env).map(p -> p + "." + f.field().name());
    }
    if (e instanceof TypedExpr.Unwrap u) {
      return staticPath(u.inner(), env);
    }
    return Optional.empty();
  }

  /** The element a path expression reads through. */
  Subj staticSubject(TypedExpr e, Map<Variable, Val> env) {
    if (e instanceof TypedExpr.Var v) {
      Val b = env.get(v.variable());
      return b == null ? null : b.subject();
    }
    if (e instanceof TypedExpr.Field f) {
      return staticSubject(f.target(), env);
    }
    if (e instanceof TypedExpr.Unwrap u) {
      return staticSubject(u.inner(), env);
    }
    return null;
  }

  /** The JSON to write for a missing value: placeholders, enum spellings, a record's required fields. */
  static String skeleton(Type t, int depth) {
    Type u = t instanceof Type.OptionalType o ? o.inner() : t;
    if (u instanceof Type.ListType) {
      return "[]";
    }
    if (u instanceof Type.RecordType r) {
      if (depth > 1) {
        return "{ … }";
      }
      List<String> parts = new ArrayList<>();
      r.def().fields().stream().filter(f -> !(f.type() instanceof Type.OptionalType))
          .forEach(f -> parts.add("\"" + f.name() + "\": " + skeleton(f.type(), depth + 1)));
      return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
    }
    if (u instanceof Type.EnumType e) {
      return "\"" + String.join("|", e.def().constants().stream().map(c -> c.json()).toList()) + "\"";
    }
    if (u == Type.Primitive.DATE) {
      return "\"YYYY-MM-DD\"";
    }
    if (u == Type.Primitive.SECRET) {
      return "\"<fingerprint>\"";
    }
    if (u == Type.Primitive.BOOLEAN) {
      return "true|false";
    }
    if (u == Type.Primitive.INTEGER) {
      return "0";
    }
    return u == Type.Primitive.NUMBER ? "0.0" : "\"…\"";
  }

  /** An expression's source text on one line. */
  static String source(TypedExpr e) {
    return e.span().text().strip().replaceAll("\\s+", " ");
  }
}
