package dev.kijun.compiler.docs;

import dev.kijun.compiler.diff.ChangeKind;
import dev.kijun.compiler.diff.Classification;
import dev.kijun.compiler.diff.ClauseChange;
import dev.kijun.compiler.diff.ClauseInfo;
import dev.kijun.compiler.diff.DiffTextRenderer;
import dev.kijun.compiler.diff.EditionChanges;
import dev.kijun.compiler.diff.WordDiff;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Provenance;
import dev.kijun.compiler.model.Text2;
import dev.kijun.runtime.html.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page of what changed between two editions, for reviewers: the classes counted, then each changed clause with
 * its classes and their evidence, the mapping line's relationship, confidence, provenance and rationale, and the old
 * and new title, summaries (ja/en) and checks side by side with a word-level diff (character-level for Japanese).
 * Unchanged pairs are listed at the end. Stubs are shown as not read.
 */
final class ChangesPage {
  private ChangesPage() {}

  /**
   * Writes the page. {@code ext} is the site's page extension when the page lives in the site (clause ids then link
   * to their pages), or null for a standalone page.
   */
  static void write(PageWriter w, Program program, EditionChanges changes, String ext) {
    w.heading(1, Optional.empty(), List.of(Inline.text("What changed from "), Inline.code(changes.source()),
        Inline.text(" to "), Inline.code(changes.target())));
    w.notice(List.of(new Inline.Strong("Not the official texts."), Inline.text(" Titles, summaries and checks are "
        + "kijun's own encoding, not the guideline's wording. "), new Inline.Tag("reworded", "reworded"),
        Inline.text(" is said only where the mapping line, which cites its source, says the official wording changed; "),
        new Inline.Tag("summary-edited", "summary-edited"), Inline.text(" means only that our paraphrase changed; "),
        new Inline.Tag("not-read", "not-read"), Inline.text(" and "), new Inline.Tag("presumed-new", "presumed-new"),
        Inline.text(" mark stubs, whose text was not read, so nothing is claimed about their content. Checks are "
            + "compared by meaning: a tighter bound or a shorter list of allowed values is "),
        new Inline.Tag("strengthened", "strengthened"), Inline.text(".")));
    w.paragraph(List.of(Inline.text("Following the " + changes.basis() + ". " + DiffTextRenderer.summary(changes) + ".")));
    List<Inline> counts = new ArrayList<>();
    for (Map.Entry<ChangeKind, Integer> e : changes.counts().entrySet()) {
      if (e.getValue() > 0) {
        counts.add(new Inline.Tag(e.getKey().keyword(), e.getKey().keyword() + " " + e.getValue()));
        counts.add(Inline.text(" "));
      }
    }
    counts.add(new Inline.Tag("unchanged", "unchanged " + changes.unchangedCount()));
    w.paragraph(counts);

    Function<ClauseInfo, Inline> link = info -> clauseLink(program, info, ext);
    List<ClauseChange> unchanged = new ArrayList<>();
    w.heading(2, Optional.of("changed"), List.of(Inline.text("Changed clauses")));
    int n = 0;
    for (ClauseChange c : changes.changes()) {
      if (c.unchanged() && c.from().isPresent() && c.to().isPresent()) {
        unchanged.add(c);
        continue;
      }
      n++;
      change(w, c, "c" + n, link);
    }
    if (!unchanged.isEmpty()) {
      w.heading(2, Optional.of("unchanged"), List.of(Inline.text("Unchanged pairs (" + unchanged.size() + ")")));
      List<ListItem> items = new ArrayList<>();
      for (ClauseChange c : unchanged) {
        items.add(ListItem.of(List.of(link.apply(c.from().get()), Inline.text(" → "), link.apply(c.to().get()),
            Inline.text(" " + c.relationship().map(r -> r.keyword()).orElse("")))));
      }
      w.list(items);
    }
  }

  private static void change(PageWriter w, ClauseChange c, String anchor, Function<ClauseInfo, Inline> link) {
    List<Inline> head = new ArrayList<>();
    c.from().ifPresent(f -> head.add(link.apply(f)));
    if (c.from().isPresent() && c.to().isPresent()) {
      head.add(Inline.text(" → "));
    }
    c.to().ifPresent(t -> head.add(link.apply(t)));
    head.add(Inline.text(" "));
    if (c.unchanged()) {
      head.add(new Inline.Tag("unchanged", "not accounted for by the mapping"));
      head.add(Inline.text(" "));
    }
    for (ChangeKind k : c.kinds()) {
      head.add(new Inline.Tag(k.keyword(), k.keyword()));
      head.add(Inline.text(" "));
    }
    w.heading(3, Optional.of(anchor + "-" + Html.anchor(c.label())), head);

    List<PageWriter.Fact> facts = new ArrayList<>();
    c.relationship().ifPresent(r -> facts.add(new PageWriter.Fact("Relationship", List.of(Inline.text(r.keyword())))));
    c.confidence().ifPresent(k -> facts.add(new PageWriter.Fact("Confidence", List.of(Inline.text(k.keyword())))));
    c.provenance().ifPresent(p -> facts.add(new PageWriter.Fact("Mapping line", List.of(Inline.text(
        p instanceof Provenance.Official ? p.describe() : "ours (our reading of both texts)")))));
    if (!c.note().isEmpty()) {
      facts.add(new PageWriter.Fact(c.from().isPresent() && c.to().isEmpty() ? "Reason" : "Rationale",
          List.of(Inline.text(c.note()))));
    }
    if (!facts.isEmpty()) {
      w.facts(facts);
    }
    List<ListItem> why = new ArrayList<>();
    for (Classification cl : c.classifications()) {
      why.add(ListItem.of(List.of(new Inline.Tag(cl.kind().keyword(), cl.kind().keyword()),
          Inline.text(" " + String.join("; ", cl.evidence())))));
    }
    if (!why.isEmpty()) {
      w.list(why);
    }
    List<List<Inline>> left = new ArrayList<>();
    List<List<Inline>> right = new ArrayList<>();
    sides(c.from(), c.to(), left, right);
    w.sideBySide(c.from().map(f -> f.ref().toString()).orElse("(no predecessor)"), left,
        c.to().map(t -> t.ref().toString()).orElse("(no successor)"), right);
  }

  /** The paragraphs of each column: title, summaries, checks, each pair diffed word by word. */
  private static void sides(Optional<ClauseInfo> from, Optional<ClauseInfo> to, List<List<Inline>> left,
      List<List<Inline>> right) {
    boolean diff = from.isPresent() && to.isPresent() && !from.get().stub() && !to.get().stub();
    for (ClauseInfo side : List.of(from, to).stream().flatMap(Optional::stream).toList()) {
      if (side.stub()) {
        (side == from.orElse(null) ? left : right).add(List.of(new Inline.Tag("not-read", "stub"),
            Inline.text(" the text of this item was not read; what follows is all that is known")));
      }
    }
    pair(diff, "Title", "Title", text(from, ClauseInfo::title), text(to, ClauseInfo::title), left, right, from, to);
    pair(diff, "Summary", "Summary", text(from, ClauseInfo::summary), text(to, ClauseInfo::summary), left, right,
        from, to);
    int checks = Math.max(from.map(f -> f.checks().size()).orElse(0), to.map(t -> t.checks().size()).orElse(0));
    for (int i = 0; i < checks; i++) {
      Optional<ClauseInfo.CheckText> a = check(from, i);
      Optional<ClauseInfo.CheckText> b = check(to, i);
      // Checks of different kinds (a review become an automated check) are shown, not diffed word by word.
      boolean sameKind = a.isPresent() && b.isPresent() && a.get().kind().equals(b.get().kind());
      String n = "Check " + (i + 1) + ", ";
      pair(diff && sameKind, n + a.map(ClauseInfo.CheckText::kind).orElse(""),
          n + b.map(ClauseInfo.CheckText::kind).orElse(""), a.map(ClauseInfo.CheckText::text).orElse(new Text2("", "")),
          b.map(ClauseInfo.CheckText::text).orElse(new Text2("", "")), left, right, from, to);
    }
    if (from.isPresent() && from.get().checks().isEmpty()) {
      left.add(List.of(Inline.text("No checks.")));
    }
    if (to.isPresent() && to.get().checks().isEmpty()) {
      right.add(List.of(Inline.text("No checks.")));
    }
  }

  private static Optional<ClauseInfo.CheckText> check(Optional<ClauseInfo> side, int i) {
    return side.filter(s -> i < s.checks().size()).map(s -> s.checks().get(i));
  }

  private static Text2 text(Optional<ClauseInfo> side, Function<ClauseInfo, Text2> part) {
    return side.map(part).orElse(new Text2("", ""));
  }

  /** English then Japanese, each as a labelled paragraph per side present, diffed when both sides were read. */
  private static void pair(boolean diff, String labelA, String labelB, Text2 a, Text2 b, List<List<Inline>> left,
      List<List<Inline>> right, Optional<ClauseInfo> from, Optional<ClauseInfo> to) {
    for (boolean english : new boolean[] {true, false}) {
      String x = english ? a.en() : a.ja();
      String y = english ? b.en() : b.ja();
      if (x.isEmpty() && y.isEmpty()) {
        continue;
      }
      boolean bilingual = !(a.ja().isEmpty() && b.ja().isEmpty()) && !(a.en().isEmpty() && b.en().isEmpty());
      String lang = bilingual ? (english ? " (en):" : " (ja):") : ":";
      String leadA = labelA + lang;
      String leadB = labelB + lang;
      if (diff) {
        WordDiff.Sides d = WordDiff.of(x, y);
        if (from.isPresent()) {
          left.add(paragraph(leadA, d.before(), english));
        }
        if (to.isPresent()) {
          right.add(paragraph(leadB, d.after(), english));
        }
      } else {
        if (from.isPresent()) {
          left.add(plain(leadA, x, english));
        }
        if (to.isPresent()) {
          right.add(plain(leadB, y, english));
        }
      }
    }
  }

  private static List<Inline> paragraph(String lead, List<WordDiff.Segment> segments, boolean english) {
    List<Inline> out = new ArrayList<>();
    out.add(new Inline.Strong(lead));
    out.add(Inline.text(" "));
    if (segments.isEmpty()) {
      out.add(Inline.text("—"));
    }
    for (WordDiff.Segment s : segments) {
      switch (s.kind()) {
        case SAME -> out.add(english ? Inline.text(s.text()) : new Inline.Ja(s.text()));
        case REMOVED -> out.add(new Inline.Removed(s.text()));
        case ADDED -> out.add(new Inline.Added(s.text()));
        default -> throw new IllegalStateException("unknown segment kind " + s.kind());
      }
    }
    return out;
  }

  private static List<Inline> plain(String lead, String text, boolean english) {
    return List.of(new Inline.Strong(lead), Inline.text(" "), text.isEmpty() ? Inline.text("—")
        : english ? Inline.text(text) : new Inline.Ja(text));
  }

  private static Inline clauseLink(Program program, ClauseInfo info, String ext) {
    Inline code = Inline.code(info.ref().clause());
    if (ext == null || program.edition(info.ref().editionKey()).isEmpty()) {
      return code;
    }
    return new Inline.Link(SiteGenerator.FROM_EDITION + info.ref().document() + "/" + info.ref().edition() + "/"
        + info.ref().clause() + ext, List.of(code));
  }
}
