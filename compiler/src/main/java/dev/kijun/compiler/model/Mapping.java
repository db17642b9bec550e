package dev.kijun.compiler.model;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved mapping from one edition to another: typed relationships between clauses, and the clauses that were
 * withdrawn (no successor) or are new (no predecessor).
 */
public record Mapping(String source, String target, List<Entry> entries, List<Withdrawal> withdrawn,
    List<Addition> added, List<String> sourceFiles, Span span) {
  public Mapping {
    entries = List.copyOf(entries);
    withdrawn = List.copyOf(withdrawn);
    added = List.copyOf(added);
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** {@code source -> target}, e.g. {@code mhlw-guideline@5.2 -> mhlw-guideline@6.0}. */
  public String key() {
    return source + " -> " + target;
  }

  /** Entries whose source is {@code clause}. */
  public List<Entry> from(ClauseRef clause) {
    return entries.stream().filter(e -> e.source().equals(clause)).toList();
  }

  /** Entries whose target is {@code clause}. */
  public List<Entry> to(ClauseRef clause) {
    return entries.stream().filter(e -> e.target().equals(clause)).toList();
  }

  /** How sure the maintainer is of one entry. */
  public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** As written. */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Lifecycle facts about how a clause travelled between editions. */
  public enum Lifecycle {
    RENUMBERED("renumbered"), MOVED("moved"), SPLIT_INTO("split-into"), MERGED_FROM("merged-from"),
    REWORDED("reworded");

    private final String keyword;

    Lifecycle(String keyword) {
      this.keyword = keyword;
    }

    /** As written. */
    public String keyword() {
      return keyword;
    }
  }

  /** {@code map "source" relationship "target"}: read as "source <relationship> target". */
  public record Entry(ClauseRef source, Relationship relationship, ClauseRef target, Set<Lifecycle> facts,
      Optional<Confidence> confidence, String rationale, Provenance provenance, Span span) {
    public Entry {
      facts = Set.copyOf(facts);
    }
  }

  /** A source clause without successor; the provenance is optional on these lines. */
  public record Withdrawal(ClauseRef clause, String reason, Optional<Provenance> provenance, Span span) {}

  /** A target clause without predecessor; the provenance is optional on these lines. */
  public record Addition(ClauseRef clause, String rationale, Optional<Provenance> provenance, Span span) {}
}
