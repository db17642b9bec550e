package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared record. Fields are defined in a second resolution phase so records may refer to each other in any
 * order; after resolution the record is never changed.
 */
public final class RecordDef {
  private final String name;
  private final Optional<String> doc;
  private final Span span;
  private List<FieldDef> fields = List.of();

  /** Declares the record; fields come later through {@link #define}. */
  public RecordDef(String name, Optional<String> doc, Span span) {
    this.name = Objects.requireNonNull(name, "name is null");
    this.doc = doc;
    this.span = span;
  }

  /** Sets the fields once, during resolution. */
  public void define(List<FieldDef> resolved) {
    this.fields = List.copyOf(resolved);
  }

  /** The record's name. */
  public String name() {
    return name;
  }

  /** Its doc comment. */
  public Optional<String> doc() {
    return doc;
  }

  /** Where it is declared. */
  public Span span() {
    return span;
  }

  /** Its fields in declaration order. */
  public List<FieldDef> fields() {
    return fields;
  }

  /** The field named {@code fieldName}, if declared. */
  public Optional<FieldDef> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  @Override
  public String toString() {
    return "record " + name;
  }
}
