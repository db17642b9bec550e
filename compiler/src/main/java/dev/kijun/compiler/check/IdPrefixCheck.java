package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;

/** A requirement's id should start with the full number of the node it sits in ({@code 6.11.C.11} inside {@code 6.11}). */
public final class IdPrefixCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (Requirement r : edition.requirements()) {
        String parent = r.parentPath();
        if (!parent.isEmpty() && !r.id().clause().startsWith(parent + ".")) {
          diagnostics.in("requirement " + r.id().clause()).warning(Code.ID_OUTSIDE_SECTION,
              new dev.kijun.compiler.source.Span(r.span().file(), r.span().start(), r.span().start() + "requirement".length()),
              "requirement `" + r.id().clause() + "` sits in `" + parent + "` but its id does not start with `" + parent + ".`",
              "ids come from the official numbering; move the requirement or correct its id");
        }
      }
    }
  }
}
