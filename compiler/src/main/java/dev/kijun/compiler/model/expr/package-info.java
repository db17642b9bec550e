/** Typed expressions: the output of the expression checker and the input of the code and doc generators. */
package dev.kijun.compiler.model.expr;
