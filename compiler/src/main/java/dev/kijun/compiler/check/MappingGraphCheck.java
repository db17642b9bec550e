package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.mapping.algebra.Relation;
import dev.kijun.compiler.mapping.algebra.RelationAlgebra;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mappings between any graph of editions (cycles, diamonds, not only a line) must be consistent as a whole. Every
 * clause is a node and every map line an edge carrying its RCC5 relation (and the converse the other way); path
 * consistency then narrows each pair of clauses to what every path between them allows ({@code R(a,c) ∩= R(a,b) ∘
 * R(b,c)}) until nothing changes. For RCC5's base relations this decides consistency: a pair narrowed to nothing is a
 * contradiction, reported as {@link Code#CHAIN_MISMATCH} on a map line of the contradicting cycle, naming the path.
 *
 * <p>The straight-line case (a direct mapping against one chain) is {@link MappingChainCheck}'s, with its own wording;
 * this check stays silent when that one has already reported. Only constrained pairs are stored (composition with an
 * unconstrained pair constrains nothing), so the work follows the map lines, not the square of the clauses.
 */
final class MappingGraphCheck implements Check {
  private record Pair(ClauseRef from, ClauseRef to) {
    Pair reversed() {
      return new Pair(to, from);
    }
  }

  /** A pair's relation and one path that derived it (clauses in order; two for a map line). */
  private record Edge(Relation relation, List<ClauseRef> path, Mapping.Entry line) {}

  @Override
  public void run(Program program, Diagnostics diagnostics) {
    Diagnostics probe = new Diagnostics();
    new MappingChainCheck().run(program, probe);
    if (probe.hasErrors() || program.mappings().isEmpty()) {
      return;
    }
    Map<Pair, Edge> edges = new HashMap<>();
    Map<ClauseRef, Set<ClauseRef>> neighbours = new LinkedHashMap<>();
    Deque<Pair> work = new ArrayDeque<>();
    for (Mapping m : program.mappings()) {
      for (Mapping.Entry e : m.entries()) {
        Pair p = new Pair(e.source(), e.target());
        Edge old = edges.get(p);
        Relation r = e.relationship().relation();
        if (old != null) {
          r = old.relation().intersect(r);
          if (r.isEmpty()) {
            continue; // two map lines for one pair that disagree: MappingInverseCheck names them
          }
        }
        put(edges, neighbours, p, new Edge(r, List.of(e.source(), e.target()), e));
        work.add(p);
      }
    }
    while (!work.isEmpty()) {
      Pair p = work.poll();
      Edge ab = edges.get(p);
      // a→b with b→c narrows a→c; c→a with a→b narrows c→b.
      for (ClauseRef c : List.copyOf(neighbours.getOrDefault(p.to(), Set.of()))) {
        if (!c.equals(p.from()) && narrow(edges, neighbours, work, new Pair(p.from(), c), ab, edges.get(new Pair(p.to(), c)),
            diagnostics)) {
          return;
        }
      }
      for (ClauseRef c : List.copyOf(neighbours.getOrDefault(p.from(), Set.of()))) {
        if (!c.equals(p.to()) && narrow(edges, neighbours, work, new Pair(c, p.to()), edges.get(new Pair(c, p.from())), ab,
            diagnostics)) {
          return;
        }
      }
    }
  }

  /** Narrows {@code target} by {@code first ∘ second}; true when that is a contradiction (reported). */
  private static boolean narrow(Map<Pair, Edge> edges, Map<ClauseRef, Set<ClauseRef>> neighbours, Deque<Pair> work,
      Pair target, Edge first, Edge second, Diagnostics diagnostics) {
    Relation composed = RelationAlgebra.compose(first.relation(), second.relation());
    Edge old = edges.get(target);
    Relation before = old == null ? Relation.UNIVERSAL : old.relation();
    Relation after = before.intersect(composed);
    if (after.equals(before)) {
      return false;
    }
    List<ClauseRef> path = new ArrayList<>(first.path());
    path.addAll(second.path().subList(1, second.path().size()));
    if (after.isEmpty()) {
      report(old, path, composed, first, second, diagnostics);
      return true;
    }
    Mapping.Entry line = old != null && old.line() != null ? old.line() : null;
    put(edges, neighbours, target, new Edge(after, old != null && old.line() != null ? old.path() : path, line));
    work.add(target);
    return false;
  }

  private static void report(Edge old, List<ClauseRef> path, Relation composed, Edge first, Edge second,
      Diagnostics diagnostics) {
    Mapping.Entry at = old.line() != null ? old.line() : second.line() != null ? second.line() : first.line();
    if (at == null) {
      at = firstLine(first, second, old);
    }
    String shown = path.stream().map(ClauseRef::toString).collect(Collectors.joining(" → "));
    String other = old.path().stream().map(ClauseRef::toString).collect(Collectors.joining(" → "));
    diagnostics.in("mapping " + at.source().editionKey() + " -> " + at.target().editionKey()).error(Code.CHAIN_MISMATCH,
        at.span(), "the mappings contradict each other: along " + shown + " they allow " + composed.describe()
            + ", but along " + other + " they allow " + old.relation().describe(),
        "correct one of the map lines on these paths; a cycle of mappings must compose consistently");
  }

  private static Mapping.Entry firstLine(Edge... edges) {
    for (Edge e : edges) {
      if (e != null && e.line() != null) {
        return e.line();
      }
    }
    throw new IllegalStateException("a contradiction without any map line");
  }

  private static void put(Map<Pair, Edge> edges, Map<ClauseRef, Set<ClauseRef>> neighbours, Pair p, Edge e) {
    Edge old = edges.get(p);
    edges.put(p, e);
    List<ClauseRef> back = new ArrayList<>(e.path());
    java.util.Collections.reverse(back);
    edges.put(p.reversed(), new Edge(e.relation().inverse(), back, e.line()));
    if (old == null) {
      neighbours.computeIfAbsent(p.from(), k -> new HashSet<>()).add(p.to());
      neighbours.computeIfAbsent(p.to(), k -> new HashSet<>()).add(p.from());
    }
  }
}
