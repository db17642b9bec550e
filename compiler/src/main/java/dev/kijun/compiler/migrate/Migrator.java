package dev.kijun.compiler.migrate;

import dev.kijun.compiler.diff.Mappings;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import java.util.List;

/**
 * The migrate stage end to end, without I/O: read the input, plan the worklist, render the worklist and the results
 * file for the target edition.
 */
public final class Migrator {
  private Migrator() {}

  /**
   * A finished migration: the worklist and the files to write ({@code worklist.txt}, {@code worklist.json} and
   * {@code answers-<B>.json} or {@code results-<B>.json}).
   */
  public record Result(Worklist worklist, List<OutputFile> files) {
    public Result {
      files = List.copyOf(files);
    }
  }

  /**
   * Migrates {@code text} (the content of {@code fileName}) along {@code found}.
   *
   * @throws MigrationException when the input is malformed, for another edition, or names unknown clauses
   */
  public static Result migrate(Program program, Mappings.Found found, String fileName, String text)
      throws MigrationException {
    Edition from = program.edition(found.mapping().source()).orElseThrow();
    Edition to = program.edition(found.mapping().target()).orElseThrow();
    AssessmentInput in = InputReader.read(fileName, text, from, to.key());
    List<String> notes = in instanceof AssessmentInput.AnswerSheet s ? ResultsWriter.answerSheetNotes(s, from.key())
        : List.of();
    Worklist w = Migration.plan(program, found.mapping(), found.basis(), in.results(), in.kind(), fileName, notes);
    OutputFile results = in instanceof AssessmentInput.AnswerSheet s
        ? new OutputFile("answers-" + to.key() + ".json", ResultsWriter.answers(s, w))
        : new OutputFile("results-" + to.key() + ".json",
            ResultsWriter.report((AssessmentInput.VerdictReport) in, w, to));
    return new Result(w, List.of(new OutputFile("worklist.txt", WorklistRenderer.text(w)),
        new OutputFile("worklist.json", WorklistRenderer.json(w)), results));
  }
}
