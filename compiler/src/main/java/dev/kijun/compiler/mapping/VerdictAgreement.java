package dev.kijun.compiler.mapping;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tests a mapping against behaviour: on one evidence file, clauses mapped {@code equal}/{@code equivalent} must get
 * the same verdict, and where one clause is stricter, passing it must imply passing the other. A contradiction is a
 * diagnostic on the mapping line, because either the mapping or one of the checks is wrong.
 *
 * <p>Only decided verdicts are compared: SATISFIED and NOT_SATISFIED. NOT_APPLICABLE, NEEDS_REVIEW,
 * EVIDENCE_MISSING and WAIVED say nothing about the content relation (a waiver is recorded per requirement, so two
 * mapped clauses may legitimately differ in waivers).
 */
public final class VerdictAgreement {
  private VerdictAgreement() {}

  /** Checks every entry of {@code mapping} against the verdicts of one evidence file ({@code evidence} names it). */
  public static List<Diagnostic> check(Mapping mapping, Map<ClauseRef, Outcome> verdicts, String evidence) {
    List<Diagnostic> out = new ArrayList<>();
    for (Mapping.Entry e : mapping.entries()) {
      Outcome s = verdicts.get(e.source());
      Outcome t = verdicts.get(e.target());
      if (!decided(s) || !decided(t)) {
        continue;
      }
      boolean sp = s == Outcome.SATISFIED;
      boolean tp = t == Outcome.SATISFIED;
      String problem = null;
      switch (e.relationship()) {
        case EQUAL:
        case EQUIVALENT:
          if (sp != tp) {
            problem = "the clauses are mapped " + e.relationship().keyword() + " but get different verdicts";
          }
          break;
        case SUBSET_OF:
          if (tp && !sp) {
            problem = "`" + e.target().clause() + "` is mapped as the stricter clause, yet it passes where `"
                + e.source().clause() + "` fails";
          }
          break;
        case SUPERSET_OF:
          if (sp && !tp) {
            problem = "`" + e.source().clause() + "` is mapped as the stricter clause, yet it passes where `"
                + e.target().clause() + "` fails";
          }
          break;
        default:
          break;
      }
      if (problem != null) {
        out.add(Diagnostic.error(Code.MAPPING_DISAGREEMENT, e.span(), "on " + evidence + ", " + problem
            + " (" + e.source() + ": " + s.jsonName() + ", " + e.target() + ": " + t.jsonName() + ")")
            .withContext("mapping " + mapping.key())
            .withHelp("check the relationship on this line, or the checks of the two clauses"));
      }
    }
    return out;
  }

  private static boolean decided(Outcome o) {
    return o == Outcome.SATISFIED || o == Outcome.NOT_SATISFIED;
  }
}
