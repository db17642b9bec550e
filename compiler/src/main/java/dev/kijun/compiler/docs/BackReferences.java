package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Who cites what, inverted over the whole program: for each cited clause, the requirements that cite it. */
public final class BackReferences {
  private BackReferences() {}

  /** Cited clause → the requirements citing it, both sorted by qualified name, without duplicates. */
  public static Map<ClauseRef, List<ClauseRef>> of(Program program) {
    Map<ClauseRef, SortedSet<ClauseRef>> sets = new TreeMap<>();
    for (Edition e : program.editions()) {
      for (Requirement r : e.requirements()) {
        for (Reference c : r.cites()) {
          sets.computeIfAbsent(c.target(), k -> new TreeSet<>()).add(r.id());
        }
      }
    }
    Map<ClauseRef, List<ClauseRef>> out = new TreeMap<>();
    sets.forEach((k, v) -> out.put(k, List.copyOf(new ArrayList<>(v))));
    return out;
  }
}
