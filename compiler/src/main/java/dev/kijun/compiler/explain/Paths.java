package dev.kijun.compiler.explain;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recognises evidence paths ({@code e.tls.versions}, {@code endpoints}) inside typed expressions. */
final class Paths {
  private Paths() {}

  /** A path: a variable (or, when empty, the evidence root) followed by field names. */
  record PathRef(Optional<Variable> variable, List<String> fields) {
    PathRef {
      fields = List.copyOf(fields);
    }

    boolean startsAt(Variable v) {
      return variable.isPresent() && variable.get() == v;
    }
  }

  /** The path {@code e} reads, if it is one; {@code Unwrap} nodes are looked through. */
  static Optional<PathRef> of(TypedExpr e) {
    List<String> fields = new ArrayList<>();
    TypedExpr cur = e;
    while (true) {
      if (cur instanceof TypedExpr.Unwrap u) {
        cur = u.inner();
      } else if (cur instanceof TypedExpr.Field f) {
        fields.add(0, f.field().name());
        cur = f.target();
      } else if (cur instanceof TypedExpr.Var v) {
        return Optional.of(new PathRef(Optional.of(v.variable()), fields));
      } else if (cur instanceof TypedExpr.Root) {
        return fields.isEmpty() ? Optional.empty() : Optional.of(new PathRef(Optional.empty(), fields));
      } else {
        return Optional.empty();
      }
    }
  }
}
