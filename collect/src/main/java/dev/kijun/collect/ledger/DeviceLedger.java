package dev.kijun.collect.ledger;

import dev.kijun.runtime.report.PrettyJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kijun collect devices}: a ledger (CSV or workbook), an optional column mapping and optional credentials in,
 * the {@code devices} evidence out ({@code {"devices": [...]}}, fields in schema order). All problems of all inputs
 * are reported together; while any remains there is no output at all.
 */
public final class DeviceLedger {
  private DeviceLedger() {}

  /** The inputs; names are the paths as the user gave them, used in messages. */
  public record Inputs(Path ledger, Optional<Path> columns, Optional<Path> credentials) {}

  /** The evidence JSON, the number of devices, and notes for the user (columns not read, devices without credentials). */
  public record Result(String json, int devices, List<String> notes) {}

  /** Reads the inputs; {@code today} bounds patch dates (a date after it is a typing mistake). */
  public static Result collect(Inputs in, LocalDate today) throws LedgerException {
    List<String> problems = new ArrayList<>();
    ColumnMapping mapping = ColumnMapping.defaults(DeviceFields.DEFAULT);
    if (in.columns().isPresent()) {
      String name = name(in.columns().get());
      mapping = ColumnMapping.parse(name, new String(SpreadsheetFile.bytes(in.columns().get(), name),
          StandardCharsets.UTF_8), DeviceFields.DEFAULT);
    }
    Map<String, ObjectNode> credentials = Map.of();
    if (in.credentials().isPresent()) {
      String name = name(in.credentials().get());
      try {
        credentials = Credentials.parse(name, new String(SpreadsheetFile.bytes(in.credentials().get(), name),
            StandardCharsets.UTF_8));
      } catch (LedgerException e) {
        problems.addAll(e.problems());
      }
    }
    List<String> notes = new ArrayList<>();
    LedgerMapper.Mapped mapped = null;
    try {
      SpreadsheetFile.Read read = SpreadsheetFile.read(in.ledger(), name(in.ledger()), mapping.sheet());
      read.note().ifPresent(notes::add);
      if (mapping.sheet().isPresent() && read.table().sheet().isEmpty()) {
        notes.add(name(in.ledger()) + ": a CSV file has no sheets; the mapping's `sheet` is not used");
      }
      mapped = LedgerMapper.map(read.table(), mapping, today);
      notes.addAll(mapped.notes());
    } catch (LedgerException e) {
      problems.addAll(e.problems());
    }
    if (mapped == null) {
      throw new LedgerException(problems);
    }
    Set<String> unused = new LinkedHashSet<>(credentials.keySet());
    List<String> without = new ArrayList<>();
    ArrayNode devices = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode d : mapped.devices()) {
      String id = d.path("id").asText();
      ObjectNode ordered = devices.addObject();
      for (String field : DeviceFields.ORDER) {
        if (field.equals(DeviceFields.CREDENTIAL)) {
          ObjectNode c = credentials.get(id);
          if (c != null) {
            ordered.set(field, c);
            unused.remove(id);
          } else {
            without.add(id);
          }
        } else if (d.has(field)) {
          ordered.set(field, d.get(field));
        }
      }
    }
    for (String id : unused) {
      problems.add(name(in.credentials().orElseThrow()) + ": credentials[\"" + id + "\"]: no device `" + id
          + "` in the ledger");
    }
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    if (in.credentials().isPresent() && !without.isEmpty()) {
      notes.add(without.size() + " device(s) without a credential in " + name(in.credentials().get()) + " (written"
          + " without adminCredential, i.e. not collected): " + String.join(", ", without));
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("devices", devices);
    return new Result(PrettyJson.print(root), devices.size(), notes);
  }

  private static String name(Path p) {
    return p.toString().replace('\\', '/');
  }
}
