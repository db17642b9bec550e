package dev.kijun.compiler.codegen;

import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON a facility writes for a missing value of a given type, with placeholders: {@code "YYYY-MM-DD"}, the enum's
 * spellings, a record's required fields. Reports print it as "evidence to add".
 */
final class Skeletons {
  private Skeletons() {}

  static String of(Type t) {
    return of(t, 0);
  }

  private static String of(Type t, int depth) {
    Type u = t.unwrapped();
    if (u instanceof Type.ListType) {
      return "[]";
    }
    if (u instanceof Type.RecordType r) {
      if (depth > 1) {
        return "{ … }";
      }
      List<String> fields = new ArrayList<>();
      for (FieldDef f : r.def().fields()) {
        if (!f.optional()) {
          fields.add("\"" + f.name() + "\": " + of(f.type(), depth + 1));
        }
      }
      return fields.isEmpty() ? "{}" : "{ " + String.join(", ", fields) + " }";
    }
    if (u instanceof Type.EnumType e) {
      List<String> names = new ArrayList<>();
      for (EnumDef.EnumConstant c : e.def().constants()) {
        names.add(c.json());
      }
      return "\"" + String.join("|", names) + "\"";
    }
    switch ((Type.Primitive) u) {
      case DATE: return "\"YYYY-MM-DD\"";
      case SECRET: return "\"<fingerprint>\"";
      case BOOLEAN: return "true|false";
      case INTEGER: return "0";
      case NUMBER: return "0.0";
      default: return "\"…\"";
    }
  }
}
