/**
 * What the sources cover, counted from the model (never written by hand): per edition, volume and chapter, the
 * items known, encoded and stubs, by status and by check kind; per mapping, how much of each side is mapped. Used by
 * {@code kijun coverage}, the docs site's coverage page and the build's {@code guidelines/CONTENT.md}.
 */
package dev.kijun.compiler.coverage;
