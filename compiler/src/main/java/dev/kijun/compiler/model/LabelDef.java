package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;

/** A label a section declares for its items ({@code label accountability ja "説明責任" en "Accountability"}). */
public record LabelDef(String name, Text2 title, Span span) {}
