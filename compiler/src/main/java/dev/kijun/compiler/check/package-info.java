/** Stage 3: checks over the resolved model, one class per rule. */
package dev.kijun.compiler.check;
