package dev.kijun.compiler.diff;

import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Mapping.Confidence;
import dev.kijun.compiler.model.Provenance;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one clause travelled: a mapping pair ({@code from} and {@code to} both present, with a relationship), a
 * withdrawal (only {@code from}) or an addition (only {@code to}). {@code classifications} are in
 * {@link ChangeKind} order; an empty list means the pair is unchanged. {@code note} is the mapping's rationale (or the
 * withdrawal's reason), empty when the mapping gives none. {@code provenance} says where the mapping line comes from
 * (official table and page, or ours), empty where the line gives none or there is no line.
 */
public record ClauseChange(Optional<ClauseInfo> from, Optional<ClauseInfo> to, Optional<Relationship> relationship,
    List<Classification> classifications, Optional<Confidence> confidence, String note,
    Optional<Provenance> provenance) {
  /** A change without a stated provenance. */
  public ClauseChange(Optional<ClauseInfo> from, Optional<ClauseInfo> to, Optional<Relationship> relationship,
      List<Classification> classifications, Optional<Confidence> confidence, String note) {
    this(from, to, relationship, classifications, confidence, note, Optional.empty());
  }

  public ClauseChange {
    Objects.requireNonNull(provenance, "provenance is null");
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(relationship, "relationship is null");
    Objects.requireNonNull(confidence, "confidence is null");
    Objects.requireNonNull(note, "note is null");
    classifications = List.copyOf(classifications);
    if (from.isEmpty() && to.isEmpty()) {
      throw new IllegalArgumentException("a clause change needs a source or a target clause");
    }
  }

  /** The classes this change carries, in display order. */
  public Set<ChangeKind> kinds() {
    Set<ChangeKind> out = EnumSet.noneOf(ChangeKind.class);
    classifications.forEach(c -> out.add(c.kind()));
    return out;
  }

  /** True when the change carries {@code kind}. */
  public boolean is(ChangeKind kind) {
    return kinds().contains(kind);
  }

  /** The evidence recorded for {@code kind}; empty when the change does not carry it. */
  public List<String> evidence(ChangeKind kind) {
    return classifications.stream().filter(c -> c.kind() == kind).findFirst().map(Classification::evidence)
        .orElse(List.of());
  }

  /** True when the pair carries no class at all. */
  public boolean unchanged() {
    return classifications.isEmpty();
  }

  /** {@code 6.11.D.1 → SYS.7.13}, {@code 6.11.C.7 (withdrawn)} or {@code SYS.8.3 (new)}: local clause ids. */
  public String label() {
    if (from.isPresent() && to.isPresent()) {
      return from.get().ref().clause() + " → " + to.get().ref().clause();
    }
    return from.map(f -> f.ref().clause() + " (withdrawn)").orElseGet(() -> to.orElseThrow().ref().clause() + " (new)");
  }
}
