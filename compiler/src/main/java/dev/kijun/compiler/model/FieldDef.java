package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import java.util.Optional;

/** A field of a record: name (also its JSON property), type, doc. Optional fields have an {@link Type.OptionalType}. */
public record FieldDef(String name, Type type, Optional<String> doc, Span span) {
  /** True when the field may be absent from evidence. */
  public boolean optional() {
    return type instanceof Type.OptionalType;
  }
}
