package dev.kijun.compiler.resolve;

import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.List;
import java.util.Map;

/**
 * What a structure node passes down to what it contains: the conditions of {@code applies when} (and-ed), the reading
 * markers in force (an inner {@code profiles} replaces them) and the labels in scope.
 */
record Inherited(List<TypedExpr> conditions, List<String> profiles, Map<String, LabelDef> labels) {
  static final Inherited NONE = new Inherited(List.of(), List.of(), Map.of());

  Inherited {
    conditions = List.copyOf(conditions);
    profiles = List.copyOf(profiles);
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
  }
}
