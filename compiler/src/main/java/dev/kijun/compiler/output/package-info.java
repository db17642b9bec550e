/** Generated files as values, and the one writer that puts them on disk. */
package dev.kijun.compiler.output;
