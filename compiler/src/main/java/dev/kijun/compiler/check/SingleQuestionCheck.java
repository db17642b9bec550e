package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Check.Question;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import java.util.List;

/** Answers are keyed by clause, so a requirement can carry at most one question. */
public final class SingleQuestionCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (Requirement r : edition.requirements()) {
        List<dev.kijun.compiler.model.Check> questions = r.checks().stream().filter(c -> c instanceof Question).toList();
        for (int i = 1; i < questions.size(); i++) {
          diagnostics.in("requirement " + r.id().clause()).error(Code.DUPLICATE_QUESTION, questions.get(i).span(),
              "requirement `" + r.id().clause() + "` already has a question", "an evidence file answers each clause once; split the requirement");
        }
      }
    }
  }
}
