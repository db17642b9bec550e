/** The {@code kijun} command line (picocli): check, compile, docs, validate, editions, diff, migrate. */
package dev.kijun.cli;
