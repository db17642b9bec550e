package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Leaf.Identifier;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.FormDef;
import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.ProfileDef;
import dev.kijun.compiler.model.Text2;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading markers, checklist forms and item labels: the document block declares profiles and forms, structure nodes
 * declare labels, and nodes and requirements use them. Unknown names get a did-you-mean hint.
 */
final class Markers {
  /** A label segment of a requirement id: lower-case letters and digits, starting with a letter. */
  private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9]*");

  private final List<ProfileDef> profiles;
  private final List<FormDef> forms;

  private Markers(List<ProfileDef> profiles, List<FormDef> forms) {
    this.profiles = List.copyOf(profiles);
    this.forms = List.copyOf(forms);
  }

  /** Resolves the {@code profile} and {@code form} items of a document block. */
  static Markers of(Decl.DocumentDecl doc, Diagnostics d) {
    List<ProfileDef> profiles = new ArrayList<>();
    List<FormDef> forms = new ArrayList<>();
    Map<String, Span> names = new HashMap<>();
    for (Decl.DocItem item : doc.items()) {
      if (item instanceof Decl.DocProfile p && unique(p.name(), "profile", names, d)) {
        Status status = p.status().flatMap(s -> Vocabulary.status(s.value(), d)).orElse(Status.VERIFIED);
        String note = p.status().flatMap(Decl.StatusClause::note).map(Str::value).orElse("");
        profiles.add(new ProfileDef(p.name().text(), TextResolver.resolve(p.titles(), d, "profile " + p.name().text(),
            p.name().span(), true), status, note, p.span()));
      } else if (item instanceof Decl.DocForm f && unique(f.name(), "form", names, d)) {
        Set<Audience> audience = EnumSet.noneOf(Audience.class);
        f.audience().forEach(w -> Vocabulary.audience(w, d).ifPresent(audience::add));
        forms.add(new FormDef(f.name().text(), TextResolver.resolve(f.titles(), d, "title of form " + f.name().text(),
            f.name().span(), true), audience, f.span()));
      }
    }
    return new Markers(profiles, forms);
  }

  private static boolean unique(Identifier name, String what, Map<String, Span> names, Diagnostics d) {
    Span first = names.putIfAbsent(what + " " + name.text(), name.span());
    if (first != null) {
      d.error(Code.DUPLICATE_ID, name.span(), what + " `" + name.text() + "` is already declared",
          "first declared at " + first.location());
      return false;
    }
    return true;
  }

  List<ProfileDef> profiles() {
    return profiles;
  }

  List<FormDef> forms() {
    return forms;
  }

  /**
   * The names of a {@code profiles} clause. An undeclared name is an error when the document describes its profiles,
   * a warning when it describes none (the marker is kept but cannot be checked).
   */
  List<String> profiles(Decl.ProfilesClause clause, Diagnostics d) {
    List<String> declared = profiles.stream().map(ProfileDef::name).toList();
    List<String> out = new ArrayList<>();
    for (Identifier name : clause.names()) {
      if (out.contains(name.text())) {
        d.error(Code.DUPLICATE_ITEM, name.span(), "profile `" + name.text() + "` is listed twice", null);
        continue;
      }
      if (declared.isEmpty()) {
        d.warning(Code.UNKNOWN_PROFILE, name.span(), "profile `" + name.text() + "` is not described",
            "describe each profile in the document block: `profile " + name.text() + " ja \"…\" en \"…\"`");
      } else if (!declared.contains(name.text())) {
        d.error(Code.UNKNOWN_PROFILE, name.span(), "the document block describes no profile `" + name.text() + "`",
            DidYouMean.closest(name.text(), declared).map(s -> "did you mean `" + s + "`?")
                .orElse("the profiles are " + String.join(", ", declared)));
        continue;
      }
      out.add(name.text());
    }
    return out;
  }

  /** The labels a structure node declares, added to those it inherits. */
  static Map<String, LabelDef> labels(Decl.StructureDecl s, Map<String, LabelDef> inherited, List<LabelDef> own,
      Diagnostics d) {
    Map<String, LabelDef> scope = new LinkedHashMap<>(inherited);
    Map<String, Span> here = new HashMap<>();
    for (Decl.StructureItem item : s.items()) {
      if (item instanceof Decl.LabelDecl l) {
        Span first = here.putIfAbsent(l.name().text(), l.name().span());
        if (first != null) {
          d.error(Code.DUPLICATE_ID, l.name().span(), "label `" + l.name().text() + "` is already declared",
              "first declared at " + first.location());
          continue;
        }
        if (!LABEL.matcher(l.name().text()).matches()) {
          d.error(Code.BAD_CLAUSE_ID, l.name().span(), "label `" + l.name().text() + "` is not lower case",
              "a label is a lower-case word that ids carry, e.g. `label accountability ja \"説明責任\" en \"Accountability\"`");
          continue;
        }
        LabelDef def = new LabelDef(l.name().text(), TextResolver.resolve(l.titles(), d, "label " + l.name().text(),
            l.name().span(), true), l.span());
        own.add(def);
        scope.put(def.name(), def);
      }
    }
    return scope;
  }

  /**
   * The label a requirement id carries: each lower-case segment of an id inside a node must be a label in scope
   * ({@code GOV.1.2.1.accountability.1}). Top-level ids ({@code gate}) are not checked.
   */
  static Optional<LabelDef> label(Str id, String parentPath, Map<String, LabelDef> scope, Diagnostics d) {
    if (parentPath.isEmpty()) {
      return Optional.empty();
    }
    Optional<LabelDef> found = Optional.empty();
    for (String segment : id.value().split("\\.")) {
      if (!LABEL.matcher(segment).matches()) {
        continue;
      }
      LabelDef def = scope.get(segment);
      if (def == null) {
        d.error(Code.UNKNOWN_LABEL, id.span(), "requirement id `" + id.value() + "` carries label `" + segment
            + "`, which `" + parentPath + "` does not declare",
            DidYouMean.closest(segment, scope.keySet()).map(s -> "did you mean `" + s + "`?")
                .orElse("declare it in the section: `label " + segment + " ja \"…\" en \"…\"`"));
      } else if (found.isEmpty()) {
        found = Optional.of(def);
      }
    }
    return found;
  }

  /** Per-form wordings of a question: each form must be declared and the requirement must be on it. */
  Map<String, Text2> formAsks(Decl.QuestionCheck q, Set<Audience> audience, Diagnostics d) {
    Map<String, Text2> out = new LinkedHashMap<>();
    for (Decl.FormAsk ask : q.formAsks()) {
      String name = ask.form().text();
      Optional<FormDef> form = forms.stream().filter(f -> f.name().equals(name)).findFirst();
      if (form.isEmpty()) {
        List<String> names = forms.stream().map(FormDef::name).toList();
        d.error(Code.UNKNOWN_FORM, ask.form().span(), "the document block declares no form `" + name + "`",
            DidYouMean.closest(name, names).map(s -> "did you mean `" + s + "`?").orElse(names.isEmpty()
                ? "declare the checklist's forms: `form " + name + " title ja \"…\" en \"…\" audience …`"
                : "the forms are " + String.join(", ", names)));
        continue;
      }
      if (audience.stream().noneMatch(form.get().audience()::contains)) {
        d.error(Code.UNKNOWN_FORM, ask.form().span(), "this item is not on form `" + name + "`: its audience does not "
            + "include the form's", "add the form's audience to the requirement's `audience`, or drop this wording");
        continue;
      }
      if (out.containsKey(name)) {
        d.error(Code.DUPLICATE_ITEM, ask.span(), "the wording for form `" + name + "` is given twice", null);
        continue;
      }
      out.put(name, TextResolver.resolve(ask.texts(), d, "ask", ask.span(), true));
    }
    return out;
  }
}
