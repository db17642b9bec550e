/** Stage 2: resolution and type checking, AST to model, in named phases (declare, define, check expressions). */
package dev.kijun.compiler.resolve;
