package dev.kijun.compiler.model;

import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved requirement. {@code applies} is the conjunction of its own condition and those of the structure nodes
 * around it; {@code parentPath} is the full number of its enclosing node. {@code level} is empty only for a stub that
 * does not state it. {@code profiles} are the reading markers in force (empty: read by every profile); {@code label}
 * is the declared label its id carries ({@code accountability} in {@code GOV.1.2.1.accountability.1}). {@code dating}
 * says when it and its checks are in force ({@link Dating#NONE}: always).
 */
public record Requirement(
    ClauseRef id,
    Text2 title,
    Optional<Level> level,
    Set<Audience> audience,
    List<Target> targets,
    Status status,
    String statusNote,
    Citation source,
    Text2 summary,
    List<Reference> cites,
    Optional<TypedExpr> applies,
    List<Check> checks,
    List<WaiverDef> waivers,
    String parentPath,
    List<String> profiles,
    Optional<LabelDef> label,
    Span span,
    Dating dating) {
  public Requirement {
    audience = Set.copyOf(audience);
    targets = List.copyOf(targets);
    cites = List.copyOf(cites);
    checks = List.copyOf(checks);
    waivers = List.copyOf(waivers);
    profiles = List.copyOf(profiles);
    java.util.Objects.requireNonNull(dating, "dating is null");
  }

  /** A requirement that is always in force. */
  public Requirement(ClauseRef id, Text2 title, Optional<Level> level, Set<Audience> audience, List<Target> targets,
      Status status, String statusNote, Citation source, Text2 summary, List<Reference> cites,
      Optional<TypedExpr> applies, List<Check> checks, List<WaiverDef> waivers, String parentPath,
      List<String> profiles, Optional<LabelDef> label, Span span) {
    this(id, title, level, audience, targets, status, statusNote, source, summary, cites, applies, checks, waivers,
        parentPath, profiles, label, span, Dating.NONE);
  }

  /** A requirement without markers or label. */
  public Requirement(ClauseRef id, Text2 title, Optional<Level> level, Set<Audience> audience, List<Target> targets,
      Status status, String statusNote, Citation source, Text2 summary, List<Reference> cites,
      Optional<TypedExpr> applies, List<Check> checks, List<WaiverDef> waivers, String parentPath, Span span) {
    this(id, title, level, audience, targets, status, statusNote, source, summary, cites, applies, checks, waivers,
        parentPath, List.of(), Optional.empty(), span);
  }

  /**
   * True for a stub: an item known to exist whose text could not be read ({@code status unknown}, no checks). A stub
   * gets no validator and is counted apart from content.
   */
  public boolean stub() {
    return status == Status.UNKNOWN && checks.isEmpty();
  }
}
