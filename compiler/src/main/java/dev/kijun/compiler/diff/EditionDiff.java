package dev.kijun.compiler.diff;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies what changed between two editions, clause by clause, following ids through a mapping. Pure: reads the
 * model, returns a value.
 *
 * <p>Rules, per mapping pair {@code s r t} (each class records its evidence):
 * <ul>
 *   <li><b>renumbered</b>: the clause id changed, or the fact {@code renumbered};
 *   <li><b>moved</b>: the enclosing node changed (another full number <em>and</em> another title, e.g. 5.2 section
 *       6.11 → 6.0 chapter SYS.13; a node that only got a new number is not a move), or the fact {@code moved};
 *   <li><b>split</b>: {@code s} has several targets, or the fact {@code split-into};
 *   <li><b>merged</b>: {@code t} has several sources, or the fact {@code merged-from};
 *   <li><b>strengthened</b>: level recommended → mandatory; {@code r} is {@code subset-of} (the target asks more);
 *       and, by {@link CheckComparison}, checks compared by meaning (review → automated, fewer allowed values, a
 *       tighter bound such as 30 days instead of 90). <b>weakened</b>: the opposite of each; <b>check-changed</b>:
 *       automated checks that differ in a way whose direction is not read;
 *   <li><b>reworded</b>: only where the mapping line (which cites its source) says {@code reworded}: the official
 *       wording changed. <b>summary-edited</b>: our own summary differs, which says nothing about the guideline;
 *   <li><b>not-read</b>: a side is a stub; its wording and checks are not compared and a {@code reworded} fact is
 *       reported as presumed;
 *   <li><b>redated</b>: the days the clause is in force differ (effective day, relief, supersession, a check's
 *       day); a new clause with dates carries it too, so its dates show;
 *   <li><b>new</b> / <b>withdrawn</b>: the mapping's {@code new} and {@code withdrawn} lines, with their rationale or
 *       reason; a {@code new} clause that is a stub is <b>presumed-new</b>.
 * </ul>
 * {@code no-relationship} pairs do not count as targets or sources for split and merged.
 */
public final class EditionDiff {
  private EditionDiff() {}

  /**
   * The changes from {@code mapping.source()} to {@code mapping.target()}.
   *
   * @throws IllegalArgumentException if either edition is not in {@code program}
   */
  public static EditionChanges diff(Program program, Mapping mapping) {
    return diff(program, mapping, "mapping " + mapping.key());
  }

  /** As {@link #diff(Program, Mapping)}, naming the mapping followed as {@code basis} (e.g. an inverse). */
  public static EditionChanges diff(Program program, Mapping mapping, String basis) {
    Edition source = edition(program, mapping.source());
    Edition target = edition(program, mapping.target());
    List<ClauseChange> changes = new ArrayList<>();
    Set<ClauseRef> seenTargets = new HashSet<>();
    for (Requirement s : source.requirements()) {
      List<Mapping.Entry> out = new ArrayList<>(mapping.from(s.id()));
      out.sort(Comparator.comparingInt(e -> index(target, e.target())));
      for (Mapping.Entry e : out) {
        Optional<Requirement> t = target.requirement(e.target().clause());
        if (t.isEmpty()) {
          continue; // INVARIANT: resolution rejects unknown target ids; nothing to compare against
        }
        seenTargets.add(t.get().id());
        changes.add(pair(source, target, mapping, s, e, t.get()));
      }
      for (Mapping.Withdrawal w : mapping.withdrawn()) {
        if (w.clause().equals(s.id())) {
          changes.add(new ClauseChange(Optional.of(ClauseInfo.of(s)), Optional.empty(), Optional.empty(),
              List.of(new Classification(ChangeKind.WITHDRAWN, List.of("no successor in " + target.key()))),
              Optional.empty(), w.reason(), w.provenance()));
        }
      }
      if (out.isEmpty() && mapping.withdrawn().stream().noneMatch(w -> w.clause().equals(s.id()))) {
        changes.add(new ClauseChange(Optional.of(ClauseInfo.of(s)), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), "not accounted for by the mapping"));
      }
    }
    for (Requirement t : target.requirements()) {
      Optional<Mapping.Addition> added = mapping.added().stream().filter(a -> a.clause().equals(t.id())).findFirst();
      if (added.isPresent()) {
        changes.add(new ClauseChange(Optional.empty(), Optional.of(ClauseInfo.of(t)), Optional.empty(),
            newClasses(source, t), Optional.empty(), added.get().rationale(), added.get().provenance()));
      } else if (!seenTargets.contains(t.id())) {
        changes.add(new ClauseChange(Optional.empty(), Optional.of(ClauseInfo.of(t)), Optional.empty(), List.of(),
            Optional.empty(), "not accounted for by the mapping"));
      }
    }
    return new EditionChanges(source.key(), target.key(), basis, changes);
  }

  /** A new clause is NEW (PRESUMED_NEW when it is a stub); a dated one is REDATED too, so its dates show. */
  private static List<Classification> newClasses(Edition source, Requirement t) {
    List<Classification> out = new ArrayList<>();
    out.add(t.stub()
        ? new Classification(ChangeKind.PRESUMED_NEW, List.of("no predecessor in " + source.key(),
            "presumed: " + t.id().clause() + " is a stub, its text was not read"))
        : new Classification(ChangeKind.NEW, List.of("no predecessor in " + source.key())));
    List<String> dates = DateChanges.between(Dating.NONE, t.dating());
    if (!dates.isEmpty()) {
      out.add(new Classification(ChangeKind.REDATED, dates));
    }
    return out;
  }

  private static Edition edition(Program program, String key) {
    return program.edition(key)
        .orElseThrow(() -> new IllegalArgumentException("edition `" + key + "` is not in the compiled program"));
  }

  private static int index(Edition e, ClauseRef clause) {
    for (int i = 0; i < e.requirements().size(); i++) {
      if (e.requirements().get(i).id().equals(clause)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static ClauseChange pair(Edition source, Edition target, Mapping mapping, Requirement s, Mapping.Entry e,
      Requirement t) {
    Map<ChangeKind, Set<String>> ev = new EnumMap<>(ChangeKind.class);
    Set<Mapping.Lifecycle> facts = e.facts();
    String sc = s.id().clause();
    String tc = t.id().clause();

    if (facts.contains(Mapping.Lifecycle.RENUMBERED)) {
      add(ev, ChangeKind.RENUMBERED, "the mapping says renumbered");
    }
    if (!sc.equals(tc)) {
      add(ev, ChangeKind.RENUMBERED, "id " + sc + " → " + tc);
    }

    if (facts.contains(Mapping.Lifecycle.MOVED)) {
      add(ev, ChangeKind.MOVED, "the mapping says moved");
    }
    Optional<StructureNode> sp = node(source, s.parentPath());
    Optional<StructureNode> tp = node(target, t.parentPath());
    if (!nullToEmpty(s.parentPath()).equals(nullToEmpty(t.parentPath())) && !sameTitle(sp, tp)) {
      add(ev, ChangeKind.MOVED, describe(sp, s.parentPath()) + " → " + describe(tp, t.parentPath()));
    }

    List<ClauseRef> targets = related(mapping.from(s.id()), true, target);
    if (facts.contains(Mapping.Lifecycle.SPLIT_INTO)) {
      add(ev, ChangeKind.SPLIT, "the mapping says split-into");
    }
    if (targets.size() > 1) {
      add(ev, ChangeKind.SPLIT, sc + " → " + clauses(targets));
    }
    List<ClauseRef> sources = related(mapping.to(t.id()), false, source);
    if (facts.contains(Mapping.Lifecycle.MERGED_FROM)) {
      add(ev, ChangeKind.MERGED, "the mapping says merged-from");
    }
    if (sources.size() > 1) {
      add(ev, ChangeKind.MERGED, tc + " ← " + clauses(sources));
    }

    // A stub's text was not read: nothing is claimed about its wording or checks, only that it was not read.
    boolean unread = s.stub() || t.stub();
    strength(ev, s, t, e.relationship(), unread);
    if (unread) {
      for (Requirement side : List.of(s, t)) {
        if (side.stub()) {
          add(ev, ChangeKind.NOT_READ, side.id() + " is a stub: its text was not read, so wording and checks are "
              + "not compared");
        }
      }
      if (facts.contains(Mapping.Lifecycle.REWORDED)) {
        add(ev, ChangeKind.NOT_READ, "the mapping says reworded: presumed, not confirmed");
      }
    } else {
      if (facts.contains(Mapping.Lifecycle.REWORDED)) {
        StringBuilder why = new StringBuilder("the mapping line says the official wording changed (")
            .append(e.provenance().describe()).append(')');
        for (Requirement side : List.of(s, t)) {
          if (side.status() != dev.kijun.runtime.Status.VERIFIED) {
            why.append("; ").append(side.id().clause()).append(" is encoded as ").append(side.status().keyword());
          }
        }
        add(ev, ChangeKind.REWORDED, why.toString());
      }
      if (!s.summary().en().equals(t.summary().en())) {
        add(ev, ChangeKind.SUMMARY_EDITED, "our summary (en) was edited");
      }
      if (!s.summary().ja().equals(t.summary().ja())) {
        add(ev, ChangeKind.SUMMARY_EDITED, "our summary (ja) was edited");
      }
    }

    DateChanges.between(s.dating(), t.dating()).forEach(line -> add(ev, ChangeKind.REDATED, line));

    List<Classification> classes = new ArrayList<>();
    ev.forEach((k, v) -> classes.add(new Classification(k, List.copyOf(v))));
    return new ClauseChange(Optional.of(ClauseInfo.of(s)), Optional.of(ClauseInfo.of(t)),
        Optional.of(e.relationship()), classes, e.confidence(), e.rationale() == null ? "" : e.rationale(),
        Optional.of(e.provenance()));
  }

  private static void strength(Map<ChangeKind, Set<String>> ev, Requirement s, Requirement t, Relationship r,
      boolean unread) {
    String sc = s.id().clause();
    String tc = t.id().clause();
    if (s.level().equals(Optional.of(Level.RECOMMENDED)) && t.level().equals(Optional.of(Level.MANDATORY))) {
      add(ev, ChangeKind.STRENGTHENED, "level recommended → mandatory");
    } else if (s.level().equals(Optional.of(Level.MANDATORY)) && t.level().equals(Optional.of(Level.RECOMMENDED))) {
      add(ev, ChangeKind.WEAKENED, "level mandatory → recommended");
    }
    if (r == Relationship.SUBSET_OF) {
      add(ev, ChangeKind.STRENGTHENED, tc + " asks for more than " + sc + " (subset-of)");
    } else if (r == Relationship.SUPERSET_OF) {
      add(ev, ChangeKind.WEAKENED, tc + " asks for less than " + sc + " (superset-of)");
    }
    if (!unread) {
      CheckComparison.compare(s, t).forEach((kind, evidence) -> evidence.forEach(x -> add(ev, kind, x)));
    }
  }

  private static List<ClauseRef> related(List<Mapping.Entry> entries, boolean targets, Edition order) {
    Set<ClauseRef> out = new LinkedHashSet<>();
    for (Mapping.Entry e : entries) {
      if (e.relationship() != Relationship.NO_RELATIONSHIP) {
        out.add(targets ? e.target() : e.source());
      }
    }
    List<ClauseRef> list = new ArrayList<>(out);
    list.sort(Comparator.comparingInt(c -> index(order, c)));
    return list;
  }

  private static String clauses(List<ClauseRef> refs) {
    return String.join(", ", refs.stream().map(ClauseRef::clause).toList());
  }

  private static Optional<StructureNode> node(Edition e, String path) {
    if (path == null || path.isEmpty()) {
      return Optional.empty();
    }
    return e.allNodes().stream().filter(n -> n.path().equals(path)).findFirst();
  }

  private static boolean sameTitle(Optional<StructureNode> a, Optional<StructureNode> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().title().equals(b.get().title());
  }

  private static String describe(Optional<StructureNode> n, String path) {
    if (n.isEmpty()) {
      return path == null || path.isEmpty() ? "top level" : path;
    }
    String title = n.get().title().ja().isEmpty() ? n.get().title().en() : n.get().title().ja();
    return n.get().kind().keyword() + " " + n.get().path() + (title.isEmpty() ? "" : " 「" + title + "」");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void add(Map<ChangeKind, Set<String>> ev, ChangeKind kind, String evidence) {
    ev.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(evidence);
  }
}
