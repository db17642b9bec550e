package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.mapping.algebra.CompositionResult;
import dev.kijun.compiler.mapping.algebra.RelationAlgebra;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import java.util.Optional;

/**
 * Chains must agree with direct mappings: where A→B and B→C are mapped and A→C is mapped directly too, every direct
 * relationship must be one that composing A→B→C allows. Where the composition is undetermined, any of its candidates
 * is accepted, and the message says which were possible rather than guessing one.
 */
public final class MappingChainCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Mapping ab : program.mappings()) {
      for (Mapping bc : program.mappings()) {
        if (!bc.source().equals(ab.target()) || bc.target().equals(ab.source())) {
          continue;
        }
        Optional<Mapping> ac = program.mapping(ab.source(), bc.target());
        if (ac.isEmpty()) {
          continue;
        }
        Diagnostics d = diagnostics.in("mapping " + ac.get().key());
        for (Mapping.Entry direct : ac.get().entries()) {
          CompositionResult allowed = null;
          for (Mapping.Entry first : ab.from(direct.source())) {
            for (Mapping.Entry second : bc.from(first.target())) {
              if (second.target().equals(direct.target())) {
                CompositionResult path = RelationAlgebra.compose(first.relationship(), second.relationship());
                allowed = allowed == null ? path : allowed.and(path);
              }
            }
          }
          if (allowed != null && !allowed.admits(direct.relationship())) {
            d.error(Code.CHAIN_MISMATCH, direct.span(), "`" + direct.source().clause() + "` "
                + direct.relationship().keyword() + " `" + direct.target().clause() + "` contradicts the chain through `"
                + ab.target() + "`, which allows: " + allowed.describe(),
                "correct this line or the mappings along the chain");
          }
        }
      }
    }
  }
}
