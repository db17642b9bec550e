package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;

/** A waiver a requirement declares: the evidence may record it, with justification and expiry, per subject. */
public record WaiverDef(String name, Text2 summary, Span span) {}
