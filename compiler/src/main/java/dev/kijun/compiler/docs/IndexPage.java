package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.DocumentInfo;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.FormDef;
import dev.kijun.compiler.model.ProfileDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The index page of an edition: document metadata and the structure tree down to each requirement. */
final class IndexPage {
  private IndexPage() {}

  /** Writes the index of {@code edition}. */
  static void write(PageWriter w, SiteLinks links, Edition edition) {
    DocumentInfo info = edition.info();
    w.heading(1, Optional.empty(), List.of(Inline.text(Pages.preferred(info.title()))));
    if (!info.title().ja().isEmpty() && !info.title().en().isEmpty()) {
      w.paragraph(List.of(new Inline.Ja(info.title().ja())));
    }
    w.notice(Pages.banner(edition));
    w.facts(List.of(
        new PageWriter.Fact("Edition", List.of(Inline.code(edition.key()))),
        new PageWriter.Fact("Publisher", List.of(Inline.text(info.publisher()))),
        new PageWriter.Fact("Published", List.of(Inline.text(String.valueOf(info.published())))),
        new PageWriter.Fact("Official source", List.of(Pages.external(info.sourceUrl()))),
        new PageWriter.Fact("Status of this encoding", List.of(Inline.text(Pages.status(info.status(),
            info.statusNote())))),
        new PageWriter.Fact("Requirements", List.of(Inline.text(count(edition)))),
        new PageWriter.Fact("Evidence schema", List.of(new Inline.Link(links.evidence(),
            List.of(Inline.code(edition.schema().name())))))));

    markers(w, edition);

    List<ListItem> changes = new ArrayList<>();
    for (dev.kijun.compiler.model.Mapping m : links.program().mappings()) {
      if (m.target().equals(edition.key())) {
        changes.add(ListItem.of(List.of(new Inline.Link("changes-from-" + m.source() + links.extension(),
            List.of(Inline.text("What changed from " + m.source()))))));
      }
    }
    if (!changes.isEmpty()) {
      w.heading(2, Optional.of("changes"), List.of(Inline.text("Changes from earlier editions")));
      w.list(changes);
    }

    w.heading(2, Optional.of("contents"), List.of(Inline.text("Contents")));
    List<ListItem> tree = new ArrayList<>();
    Set<ClauseRef> placed = new HashSet<>();
    for (StructureNode n : edition.structure()) {
      tree.add(node(n, List.of(), links, placed));
    }
    for (Requirement r : edition.requirements()) {
      if (!placed.contains(r.id())) {
        tree.add(requirement(r, links));
      }
    }
    if (tree.isEmpty()) {
      w.paragraph(List.of(Inline.text("This edition declares no structure or requirements yet.")));
    } else {
      w.list(tree);
    }
  }

  /** The reading markers and checklist forms the document declares, if any. */
  private static void markers(PageWriter w, Edition edition) {
    if (!edition.info().profiles().isEmpty()) {
      w.heading(2, Optional.of("profiles"), List.of(Inline.text("Profiles (reading markers)")));
      List<ListItem> items = new ArrayList<>();
      for (ProfileDef p : edition.info().profiles()) {
        List<Inline> content = new ArrayList<>(List.of(new Inline.Strong(p.name()), Inline.text(" ")));
        content.addAll(Pages.bilingual(p.title()));
        if (p.status() != Status.VERIFIED) {
          content.add(Inline.text(" (status: " + Pages.status(p.status(), p.statusNote()) + ")"));
        }
        items.add(ListItem.of(content));
      }
      w.list(items);
    }
    if (!edition.info().forms().isEmpty()) {
      w.heading(2, Optional.of("forms"), List.of(Inline.text("Forms")));
      List<ListItem> items = new ArrayList<>();
      for (FormDef f : edition.info().forms()) {
        List<Inline> content = new ArrayList<>(List.of(Inline.code(f.name()), Inline.text(" ")));
        content.addAll(Pages.bilingual(f.title()));
        long count = edition.requirements().stream().filter(f::includes).count();
        String audience = java.util.Arrays.stream(dev.kijun.runtime.Audience.values()).filter(f.audience()::contains)
            .map(dev.kijun.runtime.Audience::keyword).collect(java.util.stream.Collectors.joining(", "));
        content.add(Inline.text(" — for " + audience + "; " + count + (count == 1 ? " item" : " items")));
        items.add(ListItem.of(content));
      }
      w.list(items);
    }
  }

  /** "12", or "12 encoded, 3 stubs" when some are stubs. */
  private static String count(Edition edition) {
    long stubs = edition.requirements().stream().filter(Requirement::stub).count();
    long encoded = edition.requirements().size() - stubs;
    return stubs == 0 ? Long.toString(encoded) : encoded + " encoded, " + stubs + (stubs == 1 ? " stub" : " stubs");
  }

  private static ListItem node(StructureNode n, List<String> outer, SiteLinks links, Set<ClauseRef> placed) {
    List<Inline> content = new ArrayList<>();
    String kind = n.kind().keyword();
    content.add(new Inline.Strong(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + n.path()));
    List<Inline> title = Pages.bilingual(n.title());
    if (!title.isEmpty()) {
      content.add(Inline.text(" "));
      content.addAll(title);
    }
    if (!n.profiles().equals(outer) && !n.profiles().isEmpty()) {
      content.add(Inline.text(" [profiles " + String.join(", ", n.profiles()) + "]"));
    }
    if (n.status() != Status.VERIFIED) {
      content.add(Inline.text(" (status: " + Pages.status(n.status(), n.statusNote()) + ")"));
    }
    List<ListItem> children = new ArrayList<>();
    for (Requirement r : n.requirements()) {
      placed.add(r.id());
      ListItem item = requirement(r, links);
      if (!r.profiles().equals(n.profiles()) && !r.profiles().isEmpty()) {
        List<Inline> withMarker = new ArrayList<>(item.content());
        withMarker.add(Inline.text(" [profiles " + String.join(", ", r.profiles()) + "]"));
        item = new ListItem(item.anchor(), withMarker, item.children());
      }
      children.add(item);
    }
    for (StructureNode c : n.children()) {
      children.add(node(c, n.profiles(), links, placed));
    }
    return new ListItem(Optional.of(n.path()), content, children);
  }

  private static ListItem requirement(Requirement r, SiteLinks links) {
    List<Inline> content = new ArrayList<>();
    content.add(new Inline.Link(links.requirementPage(r.id().clause()), List.of(Inline.code(r.id().clause()))));
    List<Inline> title = Pages.bilingual(r.title());
    if (!title.isEmpty()) {
      content.add(Inline.text(" "));
      content.addAll(title);
    }
    content.add(Inline.text(" — " + (r.stub() ? "stub" + r.level().map(l -> ", " + Pages.keyword(l)).orElse("")
        : Pages.keyword(r.level().orElseThrow())) + ", " + r.status().keyword()));
    // The index shows each check in words too, so a reader sees what is verified without opening every page.
    List<ListItem> checks = new ArrayList<>();
    for (dev.kijun.compiler.model.Check c : r.checks()) {
      checks.add(ListItem.of(List.of(Inline.text(checkLine(c)))));
    }
    return new ListItem(Optional.empty(), content, checks);
  }

  private static String checkLine(dev.kijun.compiler.model.Check c) {
    if (c instanceof dev.kijun.compiler.model.Check.Automated a) {
      return "automated check: " + a.explanation();
    }
    if (c instanceof dev.kijun.compiler.model.Check.Question q) {
      return "question: " + (q.ask().en().isEmpty() ? q.ask().ja() : q.ask().en());
    }
    return "manual review: " + ((dev.kijun.compiler.model.Check.Review) c).explanation();
  }
}
