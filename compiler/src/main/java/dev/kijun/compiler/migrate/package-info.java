/**
 * Stage "migrate": carries assessment results (an answer sheet or a verdict report) from one edition to the next
 * through a compiled mapping. {@link dev.kijun.compiler.migrate.InputReader} parses and checks the input,
 * {@link dev.kijun.compiler.migrate.Migration} plans a {@link dev.kijun.compiler.migrate.Worklist} with the rules of
 * {@link dev.kijun.compiler.migrate.CarryRule} (pure), and {@link dev.kijun.compiler.migrate.WorklistRenderer} and
 * {@link dev.kijun.compiler.migrate.ResultsWriter} render it. Nothing here touches the disk.
 */
package dev.kijun.compiler.migrate;
