package dev.kijun.compiler.model;

import dev.kijun.compiler.model.expr.NamedValue;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import java.util.Optional;

/** A named constant with a literal value, e.g. the cipher suites of a TLS profile. */
public record Constant(String name, Type type, TypedExpr value, Optional<String> doc, Span span)
    implements NamedValue {}
