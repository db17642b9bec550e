/**
 * Back end for people: typed expressions in words ({@link dev.kijun.compiler.explain.ExprExplainer}) and as
 * canonical kijun source ({@link dev.kijun.compiler.explain.ExprPrinter}). Pure functions, used by the docs and the
 * catalog.
 */
package dev.kijun.compiler.explain;
