/** The {@code kijun} command line (picocli): check, compile, docs, validate, editions. */
package dev.kijun.cli;
