package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every cited clause must exist: an error when the cited edition is compiled but lacks the clause, a warning when
 * the edition is not among the sources at all (the reference cannot be checked).
 */
public final class CitationCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (Requirement r : edition.requirements()) {
        Diagnostics d = diagnostics.in("requirement " + r.id().clause());
        for (Reference ref : r.cites()) {
          Optional<Edition> target = program.edition(ref.target().editionKey());
          if (target.isEmpty()) {
            d.warning(Code.UNKNOWN_REFERENCE, ref.span(), "edition `" + ref.target().editionKey()
                + "` is not among the compiled sources, so `" + ref.target() + "` is not checked",
                "compile its sources together with this edition");
          } else if (!target.get().declares(ref.target())) {
            List<String> ids = new ArrayList<>();
            target.get().requirements().forEach(q -> ids.add(q.id().clause()));
            for (StructureNode n : target.get().allNodes()) {
              ids.add(n.path());
            }
            d.error(Code.UNKNOWN_REFERENCE, ref.span(), "`" + ref.target() + "` is not a clause of edition `"
                + ref.target().editionKey() + "`",
                DidYouMean.closest(ref.target().clause(), ids).map(s -> "did you mean `" + s + "`?")
                    .orElse("cite a requirement id or a chapter/section number that the edition declares"));
          }
        }
      }
    }
  }
}
