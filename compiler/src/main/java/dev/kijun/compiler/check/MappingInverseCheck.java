package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.mapping.algebra.RelationAlgebra;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import java.util.List;
import java.util.Optional;

/**
 * When a mapping is written in both directions, each pair must appear in both with inverse relationships
 * ({@code A subset-of B} one way, {@code B superset-of A} the other).
 */
public final class MappingInverseCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Mapping forward : program.mappings()) {
      Optional<Mapping> backward = program.mapping(forward.target(), forward.source());
      if (backward.isEmpty()) {
        continue;
      }
      Diagnostics d = diagnostics.in("mapping " + forward.key());
      for (Mapping.Entry e : forward.entries()) {
        List<Mapping.Entry> back = backward.get().entries().stream()
            .filter(b -> b.source().equals(e.target()) && b.target().equals(e.source())).toList();
        if (back.isEmpty()) {
          d.error(Code.INVERSE_MISMATCH, e.span(), "`" + e.source().clause() + "` " + e.relationship().keyword() + " `"
              + e.target().clause() + "` has no counterpart in mapping `" + backward.get().key() + "`",
              "add `map \"" + e.target().clause() + "\" " + e.relationship().inverse().keyword() + " \""
                  + e.source().clause() + "\"` there");
        } else if (!RelationAlgebra.inverseConsistent(e.relationship().relation(), back.get(0).relationship().relation())) {
          d.error(Code.INVERSE_MISMATCH, e.span(), "`" + e.source().clause() + "` " + e.relationship().keyword() + " `"
              + e.target().clause() + "` but the reverse mapping says `" + e.target().clause() + "` "
              + back.get(0).relationship().keyword() + " `" + e.source().clause() + "`",
              "the inverse of " + e.relationship().keyword() + " is " + e.relationship().inverse().keyword()
                  + " (reverse entry at " + back.get(0).span().location() + ")");
        }
      }
    }
  }
}
