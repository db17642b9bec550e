/** Stage 2 output: the resolved, typed model. No strings stand for references here; no AST or ANTLR types. */
package dev.kijun.compiler.model;
