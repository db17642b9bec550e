/** Diagnostics as values: codes, collectors, suggestions and the text renderer. */
package dev.kijun.compiler.diag;
