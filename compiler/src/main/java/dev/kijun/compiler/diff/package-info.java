/**
 * Stage "diff": what changed between two editions, clause by clause, following ids through a compiled
 * {@link dev.kijun.compiler.model.Mapping}. {@link dev.kijun.compiler.diff.EditionDiff} is a pure function from the
 * model to an {@link dev.kijun.compiler.diff.EditionChanges} value; the renderers ({@code Diff*Renderer}) turn that
 * value into text, Markdown, self-contained HTML or deterministic JSON.
 */
package dev.kijun.compiler.diff;
