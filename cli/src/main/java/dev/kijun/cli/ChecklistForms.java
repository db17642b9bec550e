package dev.kijun.cli;

import dev.kijun.collect.sheet.ChecklistForm;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.FormDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the sheet model of one checklist form from a compiled edition: the items on the form (requirements with a
 * question, addressed to the form's audience) in source order, which is the official order, under their section
 * headings, each with the form's own wording of its question.
 */
final class ChecklistForms {
  private ChecklistForms() {}

  /** A form: declared by the edition's document block, or derived from an audience when it declares none. */
  record Form(String name, String titleJa, Set<Audience> audience, boolean derived) {
    boolean includes(Requirement r) {
      return r.audience().stream().anyMatch(audience::contains);
    }
  }

  /**
   * The one-audience forms an edition without {@code form} declarations is read as. Their titles name the audience
   * only: they are not MHLW's forms, which only a {@code form} declaration can name.
   */
  static final List<Form> DERIVED = List.of(
      new Form("institution", "医療機関向け", Set.of(Audience.MEDICAL_INSTITUTION), true),
      new Form("pharmacy", "薬局向け", Set.of(Audience.PHARMACY), true),
      new Form("vendor", "事業者向け", Set.of(Audience.VENDOR), true));

  private static final Map<Target, String> TAGS = Map.of(Target.ALL_SYSTEMS, "医療情報システム全般",
      Target.SERVER, "サーバ", Target.CLIENT_PC, "端末PC", Target.NETWORK_DEVICE, "ネットワーク機器");

  /** The forms of {@code e}. */
  static List<Form> forms(Edition e) {
    if (e.info().forms().isEmpty()) {
      return DERIVED;
    }
    return e.info().forms().stream().map(ChecklistForms::of).toList();
  }

  private static Form of(FormDef f) {
    return new Form(f.name(), f.title().ja(), f.audience(), false);
  }

  /** The sheet model of form {@code f} of edition {@code e}. */
  static ChecklistForm build(Edition e, Form f) {
    List<ChecklistForm.Row> rows = new ArrayList<>();
    String section = "";
    for (Requirement r : e.requirements()) {
      Optional<Check.Question> q = r.checks().stream().filter(Check.Question.class::isInstance)
          .map(Check.Question.class::cast).findFirst();
      if (q.isEmpty() || !f.includes(r)) {
        continue;
      }
      if (!r.parentPath().equals(section)) {
        section = r.parentPath();
        Optional<StructureNode> node = e.allNodes().stream().filter(n -> n.path().equals(r.parentPath())).findFirst();
        if (node.isPresent()) {
          rows.add(new ChecklistForm.Heading(node.get().path(), node.get().title().ja()));
        }
      }
      String question = f.derived() ? q.get().ask().ja() : q.get().askFor(f.name()).ja();
      rows.add(new ChecklistForm.Item(r.id().clause(), number(r), question, tags(r.targets())));
    }
    return new ChecklistForm(e.key(), e.info().title().ja(), f.name(), f.titleJa(), e.info().published(), rows);
  }

  /** {@code ⑧} for item 8 of its section (MHLW's numbering, ① to ㊿); the clause id when it is not a number. */
  static String number(Requirement r) {
    String id = r.id().clause();
    String prefix = r.parentPath().isEmpty() ? "" : r.parentPath() + ".";
    String last = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    if (!last.matches("[1-9][0-9]?")) {
      return r.parentPath().isEmpty() ? "" : id;
    }
    int n = Integer.parseInt(last);
    if (n <= 20) {
      return new String(Character.toChars(0x2460 + n - 1));
    }
    if (n <= 35) {
      return new String(Character.toChars(0x3251 + n - 21));
    }
    return n <= 50 ? new String(Character.toChars(0x32B1 + n - 36)) : last;
  }

  private static String tags(List<Target> targets) {
    return String.join("、", targets.stream().map(TAGS::get).toList());
  }
}
