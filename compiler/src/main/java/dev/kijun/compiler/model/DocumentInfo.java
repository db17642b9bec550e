package dev.kijun.compiler.model;

import dev.kijun.runtime.Status;
import java.time.LocalDate;

/** The document block of an edition. */
public record DocumentInfo(Text2 title, String publisher, LocalDate published, String sourceUrl, Status status,
    String statusNote) {}
