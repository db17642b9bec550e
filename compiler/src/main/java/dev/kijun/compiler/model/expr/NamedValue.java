package dev.kijun.compiler.model.expr;

import dev.kijun.compiler.model.Type;

/**
 * What an expression needs of a named constant: its name, type and literal value. {@link
 * dev.kijun.compiler.model.Constant} implements it, so expressions refer to constants without the expression package
 * depending on the declaration that holds them (which would make the two import each other).
 */
public interface NamedValue {
  /** The constant's name as declared, e.g. {@code HIGH_SECURITY_TLS13_SUITES}. */
  String name();

  /** The constant's type. */
  Type type();

  /** The constant's literal value. */
  TypedExpr value();
}
