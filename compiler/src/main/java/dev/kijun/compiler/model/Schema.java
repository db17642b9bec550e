package dev.kijun.compiler.model;

import java.util.List;
import java.util.Optional;

/** An evidence schema: its records, enums and constants, and the root record the evidence's {@code facts} binds to. */
public record Schema(String name, List<RecordDef> records, List<EnumDef> enums, List<Constant> constants,
    RecordDef root, List<String> sourceFiles) {
  public Schema {
    records = List.copyOf(records);
    enums = List.copyOf(enums);
    constants = List.copyOf(constants);
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** The record named {@code name}. */
  public Optional<RecordDef> record(String recordName) {
    return records.stream().filter(r -> r.name().equals(recordName)).findFirst();
  }
}
