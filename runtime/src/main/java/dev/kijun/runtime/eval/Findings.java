package dev.kijun.runtime.eval;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.evidence.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds findings from what an evaluation observed: each observation listed once, failures first, then implausible
 * dates, missing values and empty lists, at most {@link Finding#MAX_PER_KIND} of each kind, the rest counted.
 * Presentation only: deciding the outcome is the caller's business.
 */
public final class Findings {
  private Findings() {}

  /**
   * The finding of an automated check with the given outcome; {@code observed} are the observations of the
   * deciding evaluation, {@code notes} its notes on lists with nothing to check (shown only when it holds),
   * {@code unusable} the matching waivers that did not count on {@code asOf}.
   */
  public static Finding automated(ClauseRef id, Outcome outcome, String explanation, List<Observation> observed,
      List<Observation> notes, List<Waiver> used, List<Waiver> unusable, LocalDate asOf) {
    Listed listed = list(outcome == Outcome.SATISFIED ? notes : observed);
    String reason;
    switch (outcome) {
      case SATISFIED:
        reason = "holds: " + explanation;
        if (!listed.observations.isEmpty()) {
          reason += " (nothing was checked in " + paths(listed.observations, Kind.VACUOUS) + ")";
        }
        break;
      case WAIVED:
        reason = "holds only under " + WaiverText.describe(used) + ": " + explanation;
        break;
      case NOT_SATISFIED:
        reason = "does not hold: " + explanation;
        break;
      default:
        reason = "cannot be decided: " + explanation + "; " + undecided(listed.observations);
    }
    if (outcome != Outcome.SATISFIED && listed.omitted > 0) {
      reason += " (" + listed.omitted + " more not listed)";
    }
    if (outcome == Outcome.NOT_SATISFIED && !unusable.isEmpty()) {
      reason += "; " + WaiverText.describeUnusable(unusable, asOf);
    }
    return new Finding(id, CheckKind.AUTOMATED, outcome, reason, listed.paths(), listed.observations, listed.omitted);
  }

  /**
   * Why an applicability condition or a check could not be decided, in counts: the paths themselves are in the
   * observations, and reports list each once per requirement however many checks need it.
   */
  static String undecided(List<Observation> observations) {
    int missing = distinctPaths(observations, Kind.MISSING);
    int late = distinctPaths(observations, Kind.IMPLAUSIBLE);
    List<String> parts = new ArrayList<>();
    if (missing > 0) {
      parts.add(missing + (missing == 1 ? " value it needs is" : " values it needs are") + " not in the evidence");
    }
    if (late > 0) {
      parts.add(late + (late == 1 ? " date is" : " dates are") + " after the assessment date");
    }
    return parts.isEmpty() ? "the evidence does not decide it" : String.join("; ", parts);
  }

  private static int distinctPaths(List<Observation> observations, Kind kind) {
    int n = 0;
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o.kind() == kind && !seenBefore(observations, i, kind)) {
        n++;
      }
    }
    return n;
  }

  /** Whether an observation of {@code kind} before position {@code i} has the same path (lists here are short). */
  private static boolean seenBefore(List<Observation> observations, int i, Kind kind) {
    String path = observations.get(i).path();
    for (int j = 0; j < i; j++) {
      if (observations.get(j).kind() == kind && observations.get(j).path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  private static String paths(List<Observation> observations, Kind kind) {
    List<String> out = new ArrayList<>();
    for (Observation o : observations) {
      if (o.kind() == kind && !out.contains("`" + o.path() + "`")) {
        out.add("`" + o.path() + "`");
      }
    }
    return String.join(", ", out);
  }

  /** The observations to list, in report order, and how many were left out. */
  public record Listed(List<Observation> observations, int omitted) {
    /** The distinct paths of the listed observations (for alternatives, those of their failures), in order. */
    public List<String> paths() {
      if (observations.isEmpty()) {
        return List.of();
      }
      if (observations.size() == 1 && !observations.get(0).isAlternatives()) {
        return List.of(observations.get(0).path()); // the usual failing check: one value found wrong or missing
      }
      // Distinct, in order: a list scanned with equals while it is short, a hash set beyond.
      Collection<String> paths = observations.size() <= SMALL ? new ArrayList<>() : new LinkedHashSet<>();
      for (Observation o : observations) {
        for (String path : o.paths()) {
          if (!paths.contains(path)) {
            paths.add(path);
          }
        }
      }
      return new ArrayList<>(paths);
    }
  }

  private static final Listed NOTHING = new Listed(List.of(), 0);

  /** Distinct observations grouped by kind (in {@link Kind} order), each kind capped. */
  public static Listed list(List<Observation> observed) {
    if (observed.isEmpty()) {
      return NOTHING; // the passing path: no maps, no lists
    }
    if (observed.size() <= SMALL) {
      return listSmall(observed);
    }
    Map<Kind, Set<Observation>> byKind = new EnumMap<>(Kind.class);
    for (Observation o : observed) {
      byKind.computeIfAbsent(o.kind(), k -> new LinkedHashSet<>()).add(o);
    }
    List<Observation> listed = new ArrayList<>();
    int omitted = 0;
    for (Set<Observation> group : byKind.values()) {
      int n = 0;
      for (Observation o : group) {
        if (n++ < Finding.MAX_PER_KIND) {
          listed.add(o);
        } else {
          omitted++;
        }
      }
    }
    return new Listed(listed, omitted);
  }

  // Up to this many observations (far below MAX_PER_KIND), a scan per kind with equals is cheaper than hashing
  // every observation's strings into sets; most failing checks observe one to three values.
  private static final int SMALL = 8;

  private static Listed listSmall(List<Observation> observed) {
    if (observed.size() == 1) {
      return new Listed(List.of(observed.get(0)), 0);
    }
    List<Observation> listed = new ArrayList<>(observed.size());
    for (Kind kind : KINDS) {
      for (Observation o : observed) {
        if (o.kind() == kind && !listed.contains(o)) {
          listed.add(o);
        }
      }
    }
    return new Listed(listed, 0);
  }

  private static final Kind[] KINDS = Kind.values();
}
