package dev.kijun.compiler.coverage;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import java.util.ArrayList;
import java.util.List;

/** The coverage of a whole program: each edition and each mapping, in the program's (sorted) order. */
public record Coverage(List<EditionCoverage> editions, List<MappingCoverage> mappings) {
  public Coverage {
    editions = List.copyOf(editions);
    mappings = List.copyOf(mappings);
  }

  /** Counts everything {@code program} holds. Pure. */
  public static Coverage of(Program program) {
    List<EditionCoverage> editions = new ArrayList<>();
    for (Edition e : program.editions()) {
      editions.add(EditionCoverage.of(e));
    }
    List<MappingCoverage> mappings = new ArrayList<>();
    for (Mapping m : program.mappings()) {
      mappings.add(MappingCoverage.of(m, program.edition(m.source()).orElseThrow(),
          program.edition(m.target()).orElseThrow()));
    }
    return new Coverage(editions, mappings);
  }
}
