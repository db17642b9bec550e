package dev.kijun.compiler.docs;

import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.explain.ExprPrinter;
import dev.kijun.compiler.explain.SourceText;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The page of one requirement: metadata, summaries, checks in words and as source, waivers, citations both ways. */
final class RequirementPage {
  /** How a question check is answered, after the checklist's own format. */
  static final String ANSWER_FORMAT = "yes / no / not applicable, with the date it was checked; when the answer is "
      + "no, the target date for meeting it; optionally a reference to a supporting document.";
  /** What a stub is, said on its page. */
  static final String STUB = "The item is known to exist, but its text could not be read, so it has no summary of "
      + "its content and no checks; validation does not assess it. Coverage counts it apart from encoded content.";

  private final PageWriter w;
  private final SiteLinks links;

  private RequirementPage(PageWriter w, SiteLinks links) {
    this.w = w;
    this.links = links;
  }

  /** Writes the page of {@code r} of {@code edition}; {@code citedBy} are the requirements citing it. */
  static void write(PageWriter w, SiteLinks links, Edition edition, Requirement r, List<ClauseRef> citedBy) {
    new RequirementPage(w, links).page(edition, r, citedBy);
  }

  private void page(Edition edition, Requirement r, List<ClauseRef> citedBy) {
    List<Inline> h = new ArrayList<>(List.of(Inline.text(r.id().clause())));
    if (!r.title().en().isEmpty()) {
      h.add(Inline.text(" " + r.title().en()));
    }
    w.heading(1, Optional.empty(), h);
    if (!r.title().ja().isEmpty()) {
      w.paragraph(List.of(new Inline.Ja(r.title().ja())));
    }
    w.paragraph(List.of(new Inline.Link(links.index(), List.of(Inline.text(edition.key()))),
        Inline.text(" › " + r.parentPath())));
    w.notice(Pages.banner(edition));
    w.facts(metadata(edition, r));
    if (r.stub()) {
      w.paragraph(List.of(new Inline.Strong("Stub."), Inline.text(" " + STUB)));
    }

    if (!r.stub() || !r.summary().ja().isEmpty() || !r.summary().en().isEmpty()) {
      w.heading(2, Optional.of("summary"), List.of(Inline.text("Summary")));
      w.paragraph(List.of(new Inline.Strong("日本語:"), Inline.text(" "), new Inline.Ja(r.summary().ja())));
      w.paragraph(List.of(new Inline.Strong("English:"), Inline.text(" "), Inline.text(r.summary().en())));
    }

    if (r.applies().isPresent()) {
      TypedExpr applies = r.applies().get();
      w.heading(2, Optional.of("applies-when"), List.of(Inline.text("Applies when")));
      w.paragraph(Pages.words(ExprExplainer.explain(applies)));
      w.code(ExprPrinter.print(applies));
    }

    DatesSection.write(w, links, r);

    w.heading(2, Optional.of("checks"), List.of(Inline.text("Checks")));
    if (r.checks().isEmpty()) {
      w.paragraph(List.of(Inline.text("None: a stub is not assessed.")));
    }
    for (int i = 0; i < r.checks().size(); i++) {
      check(i + 1, r.checks().get(i));
      DatesSection.check(w, r, i);
    }

    if (!r.waivers().isEmpty()) {
      w.heading(2, Optional.of("waivers"), List.of(Inline.text("Waivers")));
      List<ListItem> items = new ArrayList<>();
      for (WaiverDef wd : r.waivers()) {
        items.add(ListItem.of(List.of(Inline.code(wd.name()), Inline.text(": " + wd.summary().en() + " / "),
            new Inline.Ja(wd.summary().ja()))));
      }
      w.list(items);
    }

    w.heading(2, Optional.of("cites"), List.of(Inline.text("Cites")));
    references(r.cites().stream().map(Reference::target).collect(Collectors.toList()), "Cites no other clause.");
    w.heading(2, Optional.of("cited-by"), List.of(Inline.text("Cited by")));
    references(citedBy, "No clause in this build cites it.");
    counterparts(edition, r);
  }

  /** The clause's counterparts in other editions, through every mapping that touches this edition. */
  private void counterparts(Edition edition, Requirement r) {
    List<ListItem> items = new ArrayList<>();
    for (Mapping m : links.program().mappings()) {
      if (m.source().equals(edition.key())) {
        for (Mapping.Entry e : m.from(r.id())) {
          items.add(ListItem.of(counterpart(true, e.target(), e)));
        }
        m.withdrawn().stream().filter(x -> x.clause().equals(r.id())).forEach(x -> items.add(ListItem.of(List.of(
            Inline.text("withdrawn in " + m.target() + (x.reason().isEmpty() ? "" : ": " + x.reason()))))));
      }
      if (m.target().equals(edition.key())) {
        for (Mapping.Entry e : m.to(r.id())) {
          items.add(ListItem.of(counterpart(false, e.source(), e)));
        }
        m.added().stream().filter(x -> x.clause().equals(r.id())).forEach(x -> items.add(ListItem.of(List.of(
            Inline.text("new in this edition: no counterpart in " + m.source()
                + (x.rationale().isEmpty() ? "" : " (" + x.rationale() + ")"))))));
      }
    }
    if (items.isEmpty()) {
      return;
    }
    w.heading(2, Optional.of("counterparts"), List.of(Inline.text("Counterparts in other editions")));
    w.list(items);
  }

  /** "this clause REL other" when this clause is the mapping's source, "other REL this clause" otherwise. */
  private List<Inline> counterpart(boolean thisIsSource, ClauseRef other, Mapping.Entry e) {
    Inline name = Inline.code(other.toString());
    Inline link = links.href(other).<Inline>map(h -> new Inline.Link(h, List.of(name))).orElse(name);
    List<Inline> line = new ArrayList<>();
    if (thisIsSource) {
      line.add(Inline.text("this clause " + e.relationship().keyword() + " "));
      line.add(link);
    } else {
      line.add(link);
      line.add(Inline.text(" " + e.relationship().keyword() + " this clause"));
    }
    List<String> notes = new ArrayList<>();
    e.facts().stream().map(Mapping.Lifecycle::keyword).sorted().forEach(notes::add);
    e.confidence().ifPresent(c -> notes.add("confidence " + c.keyword()));
    notes.add(e.provenance().describe());
    StringBuilder tail = new StringBuilder();
    if (!notes.isEmpty()) {
      tail.append(" (").append(String.join(", ", notes)).append(")");
    }
    if (!e.rationale().isEmpty()) {
      tail.append(": ").append(e.rationale());
    }
    line.add(Inline.text(tail.toString()));
    return line;
  }

  private List<PageWriter.Fact> metadata(Edition edition, Requirement r) {
    List<PageWriter.Fact> facts = new ArrayList<>();
    facts.add(new PageWriter.Fact("Qualified name", List.of(Inline.code(r.id().toString()))));
    r.label().ifPresent(l -> facts.add(new PageWriter.Fact("Label", Pages.bilingual(l.title()))));
    r.level().ifPresent(l -> facts.add(new PageWriter.Fact("Level", List.of(Inline.text(Pages.keyword(l))))));
    String audience = Arrays.stream(Audience.values()).filter(r.audience()::contains).map(Audience::keyword)
        .collect(Collectors.joining(", "));
    facts.add(new PageWriter.Fact("Audience", List.of(Inline.text(audience))));
    String targets = r.targets().stream().map(t -> t.keyword()).collect(Collectors.joining(", "));
    facts.add(new PageWriter.Fact("Targets", List.of(Inline.text(targets))));
    if (!r.profiles().isEmpty()) {
      facts.add(new PageWriter.Fact("Profiles", List.of(Inline.text(String.join(", ", r.profiles())))));
    }
    List<String> forms = edition.info().forms().stream().filter(f -> f.includes(r)).map(f -> f.name()).toList();
    if (!edition.info().forms().isEmpty()) {
      facts.add(new PageWriter.Fact("Forms", List.of(Inline.text(forms.isEmpty() ? "none" : String.join(", ", forms)))));
    }
    facts.add(new PageWriter.Fact("Status", List.of(Inline.text(Pages.status(r.status(), r.statusNote())))));
    facts.add(new PageWriter.Fact("Source", citation(r.source())));
    facts.add(new PageWriter.Fact("Defined at", List.of(Inline.code(r.span().fileLine()))));
    return facts;
  }

  private static List<Inline> citation(Citation c) {
    List<Inline> out = new ArrayList<>();
    out.add(c.url().isEmpty() ? Inline.text("(no URL)") : Pages.external(c.url()));
    if (!c.page().isEmpty()) {
      out.add(Inline.text(", page " + c.page()));
    }
    if (!c.note().isEmpty()) {
      out.add(Inline.text(" — " + c.note()));
    }
    return out;
  }

  private void check(int n, Check c) {
    if (c instanceof Check.Automated a) {
      w.heading(3, Optional.of("check-" + n), List.of(Inline.text("Check " + n + ": automated")));
      w.paragraph(List.of(new Inline.Strong("Explanation:"), Inline.text(" "), Inline.text(a.explanation())));
      List<Inline> words = new ArrayList<>(List.of(new Inline.Strong("In words:"), Inline.text(" ")));
      words.addAll(Pages.words(ExprExplainer.explain(a.body())));
      w.paragraph(words);
      w.code(SourceText.of(a));
    } else if (c instanceof Check.Question q) {
      w.heading(3, Optional.of("check-" + n), List.of(Inline.text("Check " + n + ": question")));
      List<PageWriter.Fact> facts = new ArrayList<>(List.of(
          new PageWriter.Fact("質問", List.of(new Inline.Ja(q.ask().ja()))),
          new PageWriter.Fact("Question", List.of(Inline.text(q.ask().en())))));
      q.byForm().forEach((form, ask) -> {
        facts.add(new PageWriter.Fact("質問 (" + form + ")", List.of(new Inline.Ja(ask.ja()))));
        facts.add(new PageWriter.Fact("Question (" + form + " form)", List.of(Inline.text(ask.en()))));
      });
      facts.add(new PageWriter.Fact("Answer format", List.of(Inline.text(ANSWER_FORMAT))));
      w.facts(facts);
    } else if (c instanceof Check.Review rv) {
      w.heading(3, Optional.of("check-" + n), List.of(Inline.text("Check " + n + ": review")));
      w.paragraph(List.of(new Inline.Strong("The reviewer examines:"), Inline.text(" "),
          Inline.text(rv.explanation())));
    }
  }

  private void references(List<ClauseRef> refs, String none) {
    if (refs.isEmpty()) {
      w.paragraph(List.of(Inline.text(none)));
      return;
    }
    List<ListItem> items = new ArrayList<>();
    for (ClauseRef ref : refs) {
      List<Inline> content = new ArrayList<>();
      Optional<String> href = links.href(ref);
      if (href.isPresent()) {
        content.add(new Inline.Link(href.get(), List.of(Inline.code(ref.toString()))));
        links.title(ref).ifPresent(t -> content.add(Inline.text(" " + t)));
      } else {
        content.add(Inline.code(ref.toString()));
        content.add(Inline.text(links.knowsEdition(ref) ? " (no such clause in this build)"
            : " (not part of this build)"));
      }
      items.add(ListItem.of(content));
    }
    w.list(items);
  }
}
