package dev.kijun.compiler.docs;

import dev.kijun.compiler.explain.ExprPrinter;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The evidence schema an edition reads: records with their fields, enums with their JSON spellings, constants. */
final class SchemaPage {
  /** Appended to the description of every {@code secret} field. */
  static final String SECRET_NOTE = "A secret: compared, never echoed in any output.";

  private SchemaPage() {}

  /** Writes the schema page of {@code edition}. */
  static void write(PageWriter w, SiteLinks links, Edition edition) {
    Schema s = edition.schema();
    w.heading(1, Optional.empty(), List.of(Inline.text("Evidence schema "), Inline.code(s.name())));
    w.paragraph(List.of(Inline.text("The facts "), new Inline.Link(links.index(),
        List.of(Inline.code(edition.key()))), Inline.text(" reads. The "), Inline.code("facts"),
        Inline.text(" object of an evidence file is a "), typeLink(s.root().name(), "record-"),
        Inline.text("; field names are the JSON property names.")));
    w.notice(Pages.banner(edition));

    w.heading(2, Optional.of("records"), List.of(Inline.text("Records")));
    for (RecordDef r : s.records()) {
      w.heading(3, Optional.of("record-" + r.name()), List.of(Inline.text(r.name())));
      r.doc().ifPresent(d -> w.paragraph(List.of(Inline.text(d))));
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (FieldDef f : r.fields()) {
        rows.add(List.of(List.of(Inline.code(f.name())), type(f.type()),
            List.of(Inline.text(f.optional() ? "no" : "yes")), List.of(Inline.text(description(f)))));
      }
      w.table(List.of("Field", "Type", "Required", "Description"), rows);
    }

    if (!s.enums().isEmpty()) {
      w.heading(2, Optional.of("enums"), List.of(Inline.text("Enums")));
    }
    for (EnumDef e : s.enums()) {
      w.heading(3, Optional.of("enum-" + e.name()), List.of(Inline.text(e.name() + (e.ordered() ? " (ordered)" : ""))));
      e.doc().ifPresent(d -> w.paragraph(List.of(Inline.text(d))));
      if (e.ordered()) {
        w.paragraph(List.of(Inline.text("Ordered: constants compare with <, <=, >, >= in the order listed.")));
      }
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (EnumDef.EnumConstant c : e.constants()) {
        rows.add(List.of(List.of(Inline.code(c.name())), List.of(Inline.code("\"" + c.json() + "\"")),
            List.of(Inline.text(c.doc().orElse("")))));
      }
      w.table(List.of("Constant", "JSON", "Description"), rows);
    }

    if (!s.constants().isEmpty()) {
      w.heading(2, Optional.of("constants"), List.of(Inline.text("Constants")));
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (Constant c : s.constants()) {
        rows.add(List.of(List.of(Inline.code(c.name())), type(c.type()),
            List.of(Inline.code(ExprPrinter.print(c.value()))), List.of(Inline.text(c.doc().orElse("")))));
      }
      w.table(List.of("Constant", "Type", "Value", "Description"), rows);
    }
  }

  private static String description(FieldDef f) {
    String doc = f.doc().orElse("");
    if (f.type().unwrapped() == Type.Primitive.SECRET) {
      return doc.isEmpty() ? SECRET_NOTE : doc + " " + SECRET_NOTE;
    }
    return doc;
  }

  /** The type as code, linked to the record or enum it names. */
  private static List<Inline> type(Type t) {
    Type base = t.unwrapped();
    while (base instanceof Type.ListType l) {
      base = l.element().unwrapped();
    }
    if (base instanceof Type.RecordType r) {
      return List.of(new Inline.Link("#record-" + r.def().name(), List.of(Inline.code(t.display()))));
    }
    if (base instanceof Type.EnumType e && !e.def().builtin()) {
      return List.of(new Inline.Link("#enum-" + e.def().name(), List.of(Inline.code(t.display()))));
    }
    return List.of(Inline.code(t.display()));
  }

  private static Inline typeLink(String name, String prefix) {
    return new Inline.Link("#" + prefix + name, List.of(Inline.code(name)));
  }
}
