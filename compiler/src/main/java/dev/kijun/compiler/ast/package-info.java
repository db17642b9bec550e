/** Stage 1 output: the syntax tree, records with spans, no resolution. ANTLR types never appear here. */
package dev.kijun.compiler.ast;
