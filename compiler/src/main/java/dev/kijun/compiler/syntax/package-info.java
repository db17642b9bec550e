/** Stage 1: text to AST. The only package that touches ANTLR; its types never leave it. */
package dev.kijun.compiler.syntax;
