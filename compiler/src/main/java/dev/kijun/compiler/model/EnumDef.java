package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import java.util.List;
import java.util.Optional;

/** A declared enum: its constants in order, and whether that order means something. */
public record EnumDef(String name, Optional<String> doc, boolean ordered, List<EnumConstant> constants, Span span,
    boolean builtin) {
  public EnumDef {
    constants = List.copyOf(constants);
  }

  /** The constant named {@code name}, if declared. */
  public Optional<EnumConstant> constant(String constantName) {
    return constants.stream().filter(c -> c.name().equals(constantName)).findFirst();
  }

  /** One constant: its name, its JSON spelling and doc. */
  public record EnumConstant(String name, String json, Optional<String> doc) {}
}
