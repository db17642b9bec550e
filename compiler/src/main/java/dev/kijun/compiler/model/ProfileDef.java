package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Status;

/** A reading marker an edition declares ({@code profile I ja "…" en "…" status …}) and what it means. */
public record ProfileDef(String name, Text2 title, Status status, String statusNote, Span span) {}
