package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import java.util.HashSet;
import java.util.Set;

/**
 * Totality: every requirement of the source edition is mapped or withdrawn, and every requirement of the target
 * edition has a source or is new. One error per unaccounted clause, naming it.
 */
public final class MappingCompletenessCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Mapping m : program.mappings()) {
      Diagnostics d = diagnostics.in("mapping " + m.key());
      Edition source = program.edition(m.source()).orElseThrow();
      Edition target = program.edition(m.target()).orElseThrow();
      Set<String> fromAccounted = new HashSet<>();
      Set<String> toAccounted = new HashSet<>();
      m.entries().forEach(e -> {
        fromAccounted.add(e.source().clause());
        toAccounted.add(e.target().clause());
      });
      m.withdrawn().forEach(w -> fromAccounted.add(w.clause().clause()));
      m.added().forEach(a -> toAccounted.add(a.clause().clause()));
      for (Requirement r : source.requirements()) {
        if (!fromAccounted.contains(r.id().clause())) {
          d.error(Code.UNMAPPED_CLAUSE, m.span(), "`" + r.id() + "` is not accounted for: no `map` and not `withdrawn`",
              "add `map \"" + r.id().clause() + "\" <relationship> \"…\" { ours rationale \"…\" }` or `withdrawn \""
                  + r.id().clause() + "\" { reason \"…\" }`");
        }
      }
      for (Requirement r : target.requirements()) {
        if (!toAccounted.contains(r.id().clause())) {
          d.error(Code.UNMAPPED_CLAUSE, m.span(), "`" + r.id() + "` has no source: no `map` to it and not `new`",
              "add `map \"…\" <relationship> \"" + r.id().clause() + "\" { ours rationale \"…\" }` or `new \""
                  + r.id().clause() + "\" { rationale \"…\" }`");
        }
      }
    }
  }
}
