package dev.kijun.compiler.docs;

import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.explain.ExprPrinter;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Requirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "In force" section of a dated requirement's page: its effective day, its transitional relief (explanation,
 * term, condition in words and as source) and its supersession, each with the verdict it brings (docs/language.md,
 * "Dated obligations"). Nothing for a requirement that is always in force.
 */
final class DatesSection {
  private DatesSection() {}

  static void write(PageWriter w, SiteLinks links, Requirement r) {
    Dating d = r.dating();
    if (d.effective().isEmpty() && d.relief().isEmpty() && d.superseded().isEmpty()) {
      return;
    }
    w.heading(2, Optional.of("in-force"), List.of(Inline.text("In force")));
    List<ListItem> items = new ArrayList<>();
    d.effective().ifPresent(from -> items.add(ListItem.of(List.of(new Inline.Strong("From " + from.date() + "."),
        Inline.text(" Assessed before that day, the requirement is not applicable, and the verdict says from when.")))));
    d.superseded().ifPresent(s -> {
      List<Inline> line = new ArrayList<>(List.of(new Inline.Strong("Superseded on " + s.on().date() + ""),
          Inline.text(" by ")));
      Inline name = Inline.code(s.successor().target().toString());
      line.add(links.href(s.successor().target()).<Inline>map(h -> new Inline.Link(h, List.of(name))).orElse(name));
      line.add(Inline.text(". From that day on the requirement is not applicable, and the verdict names the successor."));
      items.add(ListItem.of(line));
    });
    w.list(items);
    if (d.relief().isPresent()) {
      Dating.Relief relief = d.relief().get();
      Optional<LocalDate> start = d.reliefStart();
      List<Inline> p = new ArrayList<>(List.of(new Inline.Strong("Transitional relief:"), Inline.text(" "
          + relief.explanation() + " (from " + start.map(LocalDate::toString).orElse("?")
          + relief.until().map(u -> ", at the latest until " + u.date()).orElse("") + "). When the checks are not met "
          + "and the relief's condition holds, the verdict is relieved (never satisfied), with the failing checks "
          + "listed; when the condition cannot be decided, evidence missing. The condition: ")));
      p.addAll(Pages.words(ExprExplainer.explain(relief.condition())));
      w.paragraph(p);
      w.code(ExprPrinter.print(relief.condition()));
    }
  }

  /** The line under a check that has its own effective day. */
  static void check(PageWriter w, Requirement r, int index) {
    r.dating().check(index).ifPresent(from -> w.paragraph(List.of(new Inline.Strong("In force from " + from + "."),
        Inline.text(" Before that day this check is not applicable."))));
  }
}
