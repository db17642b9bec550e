/** Stage 4: model to Java with palantir JavaPoet. Generators are pure; {@code output.OutputWriter} writes. */
package dev.kijun.compiler.codegen;
