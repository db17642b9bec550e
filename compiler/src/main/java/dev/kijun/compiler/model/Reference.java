package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;

/** A cited clause or structure node of some edition, and where it was cited. */
public record Reference(ClauseRef target, Span span) {}
