package dev.kijun.compiler.migrate;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.runtime.ClauseRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewable plan for carrying results from one edition to the next: one item per target requirement (in target
 * order), the source clauses that drop out (withdrawn), and notes on what was not carried (reviews, waivers).
 */
public record Worklist(String source, String target, String basis, InputKind inputKind, String inputFile,
    List<Item> items, List<Dropped> dropped, List<String> notes) {
  public Worklist {
    Objects.requireNonNull(inputKind, "inputKind is null");
    items = List.copyOf(items);
    dropped = List.copyOf(dropped);
    notes = List.copyOf(notes);
  }

  /** The two kinds of input. */
  public enum InputKind {
    ANSWER_SHEET("answer-sheet"), VERDICT_REPORT("verdict-report");

    private final String keyword;

    InputKind(String keyword) {
      this.keyword = keyword;
    }

    /** {@code answer-sheet} or {@code verdict-report}. */
    public String keyword() {
      return keyword;
    }
  }

  /** One source of a target item: the clause, how it relates to the target, and its result. */
  public record SourceLink(ClauseRef clause, Relationship relationship, SourceResult result) {}

  /**
   * What to do for one target clause. {@code result} is the carried result (only for the carried dispositions);
   * {@code followUp} is the question to ask about the difference (only for carried-with-follow-up).
   */
  public record Item(ClauseRef clause, Disposition disposition, Optional<SourceResult> result, List<SourceLink> sources,
      String reason, Optional<String> followUp) {
    public Item {
      sources = List.copyOf(sources);
    }
  }

  /** A source clause that drops out, with its result and the mapping's reason. */
  public record Dropped(ClauseRef clause, SourceResult result, String reason) {}

  /** The item for a local target clause id. */
  public Optional<Item> item(String clause) {
    return items.stream().filter(i -> i.clause().clause().equals(clause)).findFirst();
  }

  /** Items per disposition, every disposition present, in declaration order. */
  public Map<Disposition, Integer> counts() {
    Map<Disposition, Integer> out = new EnumMap<>(Disposition.class);
    for (Disposition d : Disposition.values()) {
      out.put(d, (int) items.stream().filter(i -> i.disposition() == d).count());
    }
    return out;
  }
}
