package dev.kijun.compiler.diff;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The allowed-value lists of a requirement's automated checks, read from the typed model: every {@code x in L} (not
 * negated) and {@code x subset of L} whose {@code L} is a list literal or a constant holding one. Keyed by the
 * checked value's field path with each variable replaced by its type ({@code Endpoint.tls.versions}; a bare
 * variable is keyed by its type alone, {@code TlsVersion}), so that two editions that name their variables differently still line up.
 */
final class AllowedValues {
  private AllowedValues() {}

  /** Field path → allowed values (literal spellings), sorted by key; values of one key are united. */
  static Map<String, Set<String>> of(Requirement r) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Check c : r.checks()) {
      if (c instanceof Check.Automated a) {
        ExprWalker.walk(a.body(), e -> {
          if (e instanceof TypedExpr.In in && !in.negated()) {
            add(out, in.element(), in.list());
          } else if (e instanceof TypedExpr.SubsetOf s) {
            add(out, s.left(), s.right());
          }
        });
      }
    }
    return out;
  }

  private static void add(Map<String, Set<String>> out, TypedExpr checked, TypedExpr list) {
    Optional<List<String>> values = literals(list);
    Optional<String> key = key(checked);
    if (values.isPresent() && key.isPresent()) {
      out.computeIfAbsent(key.get(), k -> new LinkedHashSet<>()).addAll(values.get());
    }
  }

  private static Optional<List<String>> literals(TypedExpr list) {
    if (list instanceof TypedExpr.ConstRef c) {
      return literals(c.constant().value());
    }
    if (!(list instanceof TypedExpr.ListLit l)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (TypedExpr e : l.elements()) {
      if (e instanceof TypedExpr.EnumLit en) {
        out.add(en.constant().name());
      } else if (e instanceof TypedExpr.StringLit s) {
        out.add("\"" + s.value() + "\"");
      } else if (e instanceof TypedExpr.IntegerLit i) {
        out.add(Long.toString(i.value()));
      } else if (e instanceof TypedExpr.NumberLit n) {
        out.add(n.value().toPlainString());
      } else if (e instanceof TypedExpr.BooleanLit b) {
        out.add(Boolean.toString(b.value()));
      } else if (e instanceof TypedExpr.DateLit d) {
        out.add(d.value().toString());
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  /** The field path of {@code e} with each variable replaced by its type; empty when {@code e} is not a path. */
  static Optional<String> key(TypedExpr e) {
    if (e instanceof TypedExpr.Field f) {
      Optional<String> inner = key(f.target());
      return Optional.of(inner.map(k -> k.isEmpty() ? f.field().name() : k + "." + f.field().name())
          .orElse(f.field().name()));
    }
    if (e instanceof TypedExpr.Unwrap u) {
      return key(u.inner());
    }
    if (e instanceof TypedExpr.Root) {
      return Optional.of("");
    }
    if (e instanceof TypedExpr.Var v) {
      return Optional.of(v.type().unwrapped().display());
    }
    return Optional.empty();
  }
}
