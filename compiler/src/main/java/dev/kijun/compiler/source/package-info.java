/** Stage 0: source text, line offsets and spans. */
package dev.kijun.compiler.source;
