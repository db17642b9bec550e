package dev.kijun.compiler.interp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.RecordDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The interpreter's values: JSON strings, numbers and dates as Java values; enums, secrets and records wrapped. */
final class Vals {
  private Vals() {}

  /** An enum constant: its enum, position (for ordered comparison) and JSON spelling. */
  record EnumV(String enumName, int ordinal, String json) {}

  /** A secret: compared by value, never rendered. */
  record SecretV(String value) {}

  /** A record: its definition and the JSON object it was read from. */
  record RecV(RecordDef def, JsonNode node) {}

  static EnumV enumOf(EnumDef def, EnumDef.EnumConstant c) {
    return new EnumV(def.name(), def.constants().indexOf(c), c.json());
  }

  static EnumV enumByJson(EnumDef def, String json) {
    for (EnumDef.EnumConstant c : def.constants()) {
      if (c.json().equals(json)) {
        return enumOf(def, c);
      }
    }
    throw new IllegalArgumentException("no constant `" + json + "` in enum " + def.name());
  }

  /** How a value is written in evidence; empty for secrets, records and lists holding them. */
  static String render(Object v) {
    if (v == null || v instanceof SecretV || v instanceof RecV) {
      return "";
    }
    if (v instanceof EnumV e) {
      return e.json();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) {
        String s = render(o);
        if (s.isEmpty()) {
          return "";
        }
        parts.add(s);
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof LocalDate) {
      return v.toString();
    }
    throw new IllegalStateException("not a value: " + v.getClass());
  }

  static String elements(int n) {
    return n == 1 ? "1 element" : n + " elements";
  }
}
