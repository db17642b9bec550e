package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Check.Automated;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.util.HashSet;
import java.util.Set;

/** A declared waiver that no automated check uses can never take effect: warn. */
public final class UnusedWaiverCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (Requirement r : edition.requirements()) {
        Set<String> used = new HashSet<>();
        r.checks().stream().filter(c -> c instanceof Automated).map(c -> ((Automated) c).body())
            .forEach(b -> ExprWalker.walk(b, e -> {
              if (e instanceof TypedExpr.Waived w) {
                used.add(w.waiver().name());
              }
            }));
        for (WaiverDef w : r.waivers()) {
          if (!used.contains(w.name())) {
            diagnostics.in("requirement " + r.id().clause()).warning(Code.UNUSED_WAIVER, w.span(),
                "waiver `" + w.name() + "` is declared but no check uses it",
                "use it in a check: `… or waived " + w.name() + " for x.id`");
          }
        }
      }
    }
  }
}
