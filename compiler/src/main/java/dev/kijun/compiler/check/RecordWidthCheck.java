package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;

/**
 * A record becomes a Java record whose canonical constructor takes one parameter per field, and the JVM allows a
 * method 255 parameter slots, {@code this} included; a required {@code integer} (a {@code long}) takes two. A wider
 * record would pass every other check and then fail in javac, so it is reported here, at the record.
 */
final class RecordWidthCheck implements Check {
  /** Slots left for the fields once {@code this} has one. */
  static final int MAX_SLOTS = 254;

  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Schema s : program.schemas()) {
      for (RecordDef r : s.records()) {
        int slots = 0;
        for (FieldDef f : r.fields()) {
          slots += f.type() == Type.Primitive.INTEGER ? 2 : 1; // a required integer is a long; optional ones are boxed
        }
        if (slots > MAX_SLOTS) {
          diagnostics.in("schema " + s.name()).error(Code.RECORD_TOO_WIDE, r.span(), "record `" + r.name() + "` has "
              + r.fields().size() + " fields, which need " + slots + " constructor slots; Java allows " + MAX_SLOTS
              + " (a required integer takes two)", "group related fields into nested records");
        }
      }
    }
  }
}
