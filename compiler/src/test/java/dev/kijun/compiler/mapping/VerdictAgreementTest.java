package dev.kijun.compiler.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts of mapped clauses must respect the mapping; contradictions point at the mapping line. */
class VerdictAgreementTest {
  static Mapping mapping(String relationship) {
    String edition = "document { title ja \"文書\" en \"Doc\" publisher \"p\" published 2024-01-01 source \"https://e.org\""
        + " evidence \"s\" status verified }\n";
    String req = " { level mandatory status verified source \"u\" summary ja \"あ\" summary en \"a\" check review \"r\" }\n";
    List<SourceFile> files = List.of(new SourceFile("s.kijun", "schema \"s\";\nrecord F { n: integer }\nroot F\n"),
        new SourceFile("a.kijun", "edition \"doc@1\";\n" + edition + "requirement \"1\"" + req),
        new SourceFile("b.kijun", "edition \"doc@2\";\n" + edition + "requirement \"2\"" + req),
        new SourceFile("m.kijun", "mapping \"doc@1\" to \"doc@2\";\nmap \"1\" " + relationship + " \"2\" { ours rationale \"r\" }\n"));
    return dev.kijun.compiler.KijunCompiler.compile(files).program().orElseThrow().mappings().get(0);
  }

  static Map<ClauseRef, Outcome> verdicts(Outcome one, Outcome two) {
    return Map.of(ClauseRef.parse("doc@1/1"), one, ClauseRef.parse("doc@2/2"), two);
  }

  @Test
  void equalClausesMustAgree() {
    assertThat(VerdictAgreement.check(mapping("equal"), verdicts(Outcome.SATISFIED, Outcome.SATISFIED), "x.json")).isEmpty();
    List<Diagnostic> d = VerdictAgreement.check(mapping("equivalent"), verdicts(Outcome.SATISFIED, Outcome.NOT_SATISFIED), "x.json");
    assertThat(DiagnosticRenderer.render(d)).isEqualTo("""
        error[MAPPING_DISAGREEMENT]: on x.json, the clauses are mapped equivalent but get different verdicts (doc@1/1: satisfied, doc@2/2: not-satisfied)
         --> m.kijun:2:1 (in mapping doc@1 -> doc@2)
          |
        2 | map "1" equivalent "2" { ours rationale "r" }
          | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          = help: check the relationship on this line, or the checks of the two clauses
        1 error, 0 warnings
        """);
  }

  @Test
  void passingTheStricterClauseImpliesPassingTheOther() {
    // "1 subset-of 2": 2 is stricter. 2 passing while 1 fails contradicts the mapping; the converse does not.
    assertThat(VerdictAgreement.check(mapping("subset-of"), verdicts(Outcome.NOT_SATISFIED, Outcome.SATISFIED), "x"))
        .singleElement().extracting(Diagnostic::message).asString().contains("`2` is mapped as the stricter clause");
    assertThat(VerdictAgreement.check(mapping("subset-of"), verdicts(Outcome.SATISFIED, Outcome.NOT_SATISFIED), "x")).isEmpty();
    assertThat(VerdictAgreement.check(mapping("superset-of"), verdicts(Outcome.SATISFIED, Outcome.NOT_SATISFIED), "x"))
        .hasSize(1);
    assertThat(VerdictAgreement.check(mapping("superset-of"), verdicts(Outcome.NOT_SATISFIED, Outcome.SATISFIED), "x")).isEmpty();
  }

  @Test
  void undecidedVerdictsAndLooseRelationshipsAreNotCompared() {
    for (Outcome undecided : new Outcome[] {Outcome.NEEDS_REVIEW, Outcome.EVIDENCE_MISSING, Outcome.NOT_APPLICABLE, Outcome.WAIVED}) {
      assertThat(VerdictAgreement.check(mapping("equal"), verdicts(undecided, Outcome.NOT_SATISFIED), "x")).isEmpty();
    }
    assertThat(VerdictAgreement.check(mapping("intersects-with"), verdicts(Outcome.SATISFIED, Outcome.NOT_SATISFIED), "x")).isEmpty();
  }
}
