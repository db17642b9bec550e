package dev.kijun.compiler.migrate;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a migration: for every requirement of the target edition, the {@link CarryRule} steps of its sources,
 * combined. A stub target (status unknown, no checks) never receives a result: it is re-assessed, with its sources
 * listed. Pure.
 */
public final class Migration {
  private Migration() {}

  /**
   * The worklist for carrying {@code results} (per source clause; missing clauses count as open) along
   * {@code mapping}.
   *
   * @param basis which mapping was followed, in words (e.g. {@code mapping a -> b})
   * @throws IllegalArgumentException if either edition of the mapping is not in {@code program}
   */
  public static Worklist plan(Program program, Mapping mapping, String basis, Map<ClauseRef, SourceResult> results,
      Worklist.InputKind kind, String inputFile, List<String> notes) {
    Edition source = edition(program, mapping.source());
    Edition target = edition(program, mapping.target());
    List<Worklist.Item> items = new ArrayList<>();
    for (Requirement t : target.requirements()) {
      items.add(item(source, mapping, t, results));
    }
    List<Worklist.Dropped> dropped = new ArrayList<>();
    for (Requirement s : source.requirements()) {
      mapping.withdrawn().stream().filter(w -> w.clause().equals(s.id())).findFirst().ifPresent(w -> dropped.add(
          new Worklist.Dropped(s.id(), results.getOrDefault(s.id(), SourceResult.OPEN), w.reason())));
    }
    return new Worklist(source.key(), target.key(), basis, kind, inputFile, items, dropped, notes);
  }

  private static Worklist.Item item(Edition source, Mapping mapping, Requirement t, Map<ClauseRef, SourceResult> results) {
    List<Mapping.Entry> entries = new ArrayList<>(mapping.to(t.id()).stream()
        .filter(e -> e.relationship() != Relationship.NO_RELATIONSHIP).toList());
    entries.sort(java.util.Comparator.comparingInt(e -> index(source, e.source())));
    if (entries.isEmpty()) {
      Optional<Mapping.Addition> added = mapping.added().stream().filter(a -> a.clause().equals(t.id())).findFirst();
      return new Worklist.Item(t.id(), added.isPresent() ? Disposition.NEW : Disposition.REASSESS, Optional.empty(),
          List.of(), added.map(Mapping.Addition::rationale).orElse("no source in the mapping"), Optional.empty());
    }
    List<Worklist.SourceLink> links = new ArrayList<>();
    List<CarryRule.Step> steps = new ArrayList<>();
    for (Mapping.Entry e : entries) {
      SourceResult r = results.getOrDefault(e.source(), SourceResult.OPEN);
      links.add(new Worklist.SourceLink(e.source(), e.relationship(), r));
      steps.add(CarryRule.step(e.relationship(), r));
    }
    if (t.stub()) {
      // A stub's text was not read and it has no checks: a result carried onto it would claim what nobody assessed.
      return new Worklist.Item(t.id(), Disposition.REASSESS, Optional.empty(), links, "the target is a stub (status "
          + "unknown, no checks): nothing is carried onto it; read the item and assess it", Optional.empty());
    }
    CarryRule.Step step = CarryRule.combine(steps);
    Optional<String> followUp = Optional.empty();
    if (step.disposition() == Disposition.CARRIED_WITH_FOLLOW_UP) {
      followUp = Optional.of(followUp(source, mapping, t, entries));
    }
    return new Worklist.Item(t.id(), step.disposition(), step.carried(), links, step.reason(), followUp);
  }

  /** The question on what the target asks beyond its subset-of sources: both summaries and the rationale. */
  private static String followUp(Edition source, Mapping mapping, Requirement t, List<Mapping.Entry> entries) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.id()).append(" asks for more than ");
    List<String> parts = new ArrayList<>();
    List<String> rationales = new ArrayList<>();
    for (Mapping.Entry e : entries) {
      if (e.relationship() != Relationship.SUBSET_OF) {
        continue;
      }
      String summary = source.requirement(e.source().clause()).map(r -> r.summary().en()).orElse("");
      parts.add(e.source() + (summary.isEmpty() ? "" : " (\"" + summary + "\")"));
      if (e.rationale() != null && !e.rationale().isEmpty()) {
        rationales.add(e.rationale());
      }
    }
    sb.append(String.join(" and ", parts)).append(". Does the facility also meet all of ").append(t.id().clause())
        .append(": \"").append(t.summary().en()).append("\"?");
    if (!rationales.isEmpty()) {
      sb.append(" Difference per the mapping: ").append(String.join(" / ", rationales));
    }
    return sb.toString();
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
}
