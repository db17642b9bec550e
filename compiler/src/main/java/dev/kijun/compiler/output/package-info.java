/** Generated files as values, the one writer that puts them on disk, and the digest outputs are keyed on. */
package dev.kijun.compiler.output;
