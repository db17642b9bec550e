package dev.kijun.compiler.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mappings: resolution, totality, inverse consistency and chains, on three tiny editions. */
class MappingChecksTest {
  static final String SCHEMA = "schema \"s\";\nrecord F { n: integer }\nroot F\n";

  static String edition(String key, String... ids) {
    StringBuilder sb = new StringBuilder("edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\" publisher \"p\""
        + " published 2024-01-01 source \"https://example.org\" evidence \"s\" status verified }\n");
    for (String id : ids) {
      sb.append("requirement \"").append(id).append("\" { level mandatory status verified source \"u\" summary ja \"あ\""
          + " summary en \"a\" check review \"r\" }\n");
    }
    return sb.toString();
  }

  static final String A = edition("doc@1", "1.1", "1.2", "1.3");
  static final String B = edition("doc@2", "X.1", "X.2", "X.9");
  static final String C = edition("doc@3", "Y.1");

  static final String AB = "mapping \"doc@1\" to \"doc@2\";\n"
      + "map \"1.1\" equivalent \"X.1\" { ours renumbered confidence high rationale \"same\" }\n"
      + "map \"1.2\" superset-of \"X.2\" { ours split-into rationale \"first half\" }\n"
      + "withdrawn \"1.3\" { reason \"gone\" }\n"
      + "new \"X.9\" { rationale \"added\" }\n";

  static CompilationResult compile(String... files) {
    List<SourceFile> sources = new ArrayList<>();
    sources.add(new SourceFile("s.kijun", SCHEMA));
    for (int i = 0; i < files.length; i++) {
      sources.add(new SourceFile("f" + i + ".kijun", files[i]));
    }
    return dev.kijun.compiler.KijunCompiler.compile(sources);
  }

  static List<String> codes(CompilationResult r) {
    return r.diagnostics().stream().map(d -> d.code() + ": " + d.message()).toList();
  }

  @Test
  void aCompleteMappingResolvesToTypedEntries() {
    CompilationResult r = compile(A, B, AB);
    assertThat(r.diagnostics()).isEmpty();
    Mapping m = r.program().orElseThrow().mapping("doc@1", "doc@2").orElseThrow();
    assertThat(m.entries()).hasSize(2);
    Mapping.Entry first = m.entries().get(0);
    assertThat(first.relationship()).isEqualTo(Relationship.EQUIVALENT);
    assertThat(first.facts()).containsExactly(Mapping.Lifecycle.RENUMBERED);
    assertThat(first.confidence()).contains(Mapping.Confidence.HIGH);
    assertThat(m.withdrawn()).extracting(w -> w.clause().clause()).containsExactly("1.3");
    assertThat(m.added()).extracting(a -> a.clause().clause()).containsExactly("X.9");
  }

  @Test
  void removingOneLineNamesTheUnaccountedClauses() {
    CompilationResult r = compile(A, B, AB.replace("map \"1.1\" equivalent \"X.1\" { ours renumbered confidence high rationale \"same\" }\n", ""));
    assertThat(codes(r)).containsExactly(
        "UNMAPPED_CLAUSE: `doc@1/1.1` is not accounted for: no `map` and not `withdrawn`",
        "UNMAPPED_CLAUSE: `doc@2/X.1` has no source: no `map` to it and not `new`");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.span().text()).startsWith("mapping \"doc@1\" to \"doc@2\"");
    assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).contains("withdrawn \"1.1\""));
  }

  @Test
  void unknownIdsRelationshipsAndWordsAreErrorsWithSuggestions() {
    CompilationResult r = compile(A, B, AB.replace("equivalent \"X.1\"", "equivalnt \"X.l\"").replace("split-into", "split-onto"));
    assertThat(codes(r)).contains("UNKNOWN_WORD: unknown relationship `equivalnt`",
        "UNKNOWN_REFERENCE: `X.l` is not a requirement of edition `doc@2`", "UNKNOWN_WORD: unknown lifecycle fact `split-onto`");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.help()).contains("did you mean `equivalent`?"));
  }

  @Test
  void aClauseBothMappedAndWithdrawnIsAConflict() {
    CompilationResult r = compile(A, B, AB + "withdrawn \"1.1\" { reason \"oops\" }\n");
    assertThat(codes(r)).contains("MAPPING_CONFLICT: `1.1` is both mapped and withdrawn");
  }

  @Test
  void bothDirectionsMustBeInverses() {
    String ba = "mapping \"doc@2\" to \"doc@1\";\n"
        + "map \"X.1\" equivalent \"1.1\" { ours rationale \"same\" }\n"
        + "map \"X.2\" superset-of \"1.2\" { ours rationale \"wrong way round\" }\n"
        + "withdrawn \"X.9\" { reason \"r\" }\nnew \"1.3\" { rationale \"r\" }\n";
    CompilationResult r = compile(A, B, AB, ba);
    assertThat(codes(r)).contains(
        "INVERSE_MISMATCH: `1.2` superset-of `X.2` but the reverse mapping says `X.2` superset-of `1.2`",
        "INVERSE_MISMATCH: `X.2` superset-of `1.2` but the reverse mapping says `1.2` superset-of `X.2`");
    CompilationResult fixed = compile(A, B, AB, ba.replace("\"X.2\" superset-of", "\"X.2\" subset-of"));
    assertThat(fixed.diagnostics()).isEmpty();
  }

  @Test
  void directMappingsMustAgreeWithTheComposedChain() {
    String bc = "mapping \"doc@2\" to \"doc@3\";\n"
        + "map \"X.1\" subset-of \"Y.1\" { ours rationale \"r\" }\nwithdrawn \"X.2\" { reason \"r\" }\nwithdrawn \"X.9\" { reason \"r\" }\n";
    String acGood = "mapping \"doc@1\" to \"doc@3\";\nmap \"1.1\" subset-of \"Y.1\" { ours rationale \"r\" }\n"
        + "withdrawn \"1.2\" { reason \"r\" }\nwithdrawn \"1.3\" { reason \"r\" }\n";
    assertThat(compile(A, B, C, AB, bc, acGood).diagnostics()).isEmpty();
    CompilationResult bad = compile(A, B, C, AB, bc, acGood.replace("\"1.1\" subset-of", "\"1.1\" superset-of"));
    assertThat(codes(bad)).containsExactly("CHAIN_MISMATCH: `1.1` superset-of `Y.1` contradicts the chain through "
        + "`doc@2`, which allows: subset-of");
  }

  @Test
  void undeterminedCompositionsAcceptAnyCandidateAndSaySo() {
    String bc = "mapping \"doc@2\" to \"doc@3\";\n"
        + "map \"X.2\" subset-of \"Y.1\" { ours rationale \"r\" }\nwithdrawn \"X.1\" { reason \"r\" }\nwithdrawn \"X.9\" { reason \"r\" }\n";
    String ac = "mapping \"doc@1\" to \"doc@3\";\nmap \"1.2\" intersects-with \"Y.1\" { ours rationale \"r\" }\n"
        + "withdrawn \"1.1\" { reason \"r\" }\nwithdrawn \"1.3\" { reason \"r\" }\n";
    // 1.2 ⊋ X.2 ⊊ Y.1: anything but disjoint is possible, so intersects-with is accepted and no-relationship is not.
    assertThat(compile(A, B, C, AB, bc, ac).diagnostics()).isEmpty();
    CompilationResult bad = compile(A, B, C, AB, bc, ac.replace("intersects-with", "no-relationship"));
    assertThat(codes(bad)).singleElement().asString().contains("CHAIN_MISMATCH", "undetermined");
  }

  // Three editions mapped in a cycle 1 → 2 → 3 → 1, one clause each: no mapping is a chain with a direct shortcut,
  // so only a check over the whole graph sees the contradiction.
  private static final String P = edition("cyc@1", "P");
  private static final String Q = edition("cyc@2", "Q");
  private static final String R = edition("cyc@3", "R");

  private static String map(String from, String to, String a, String rel, String b) {
    return "mapping \"" + from + "\" to \"" + to + "\";\nmap \"" + a + "\" " + rel + " \"" + b + "\" { ours rationale \"r\" }\n";
  }

  @Test
  void aCycleOfMappingsMustComposeConsistently() {
    String pq = map("cyc@1", "cyc@2", "P", "equal", "Q");
    String qr = map("cyc@2", "cyc@3", "Q", "equal", "R");
    assertThat(compile(P, Q, R, pq, qr, map("cyc@3", "cyc@1", "R", "equivalent", "P")).diagnostics()).isEmpty();
    CompilationResult bad = compile(P, Q, R, pq, qr, map("cyc@3", "cyc@1", "R", "subset-of", "P"));
    assertThat(codes(bad)).singleElement().asString().startsWith("CHAIN_MISMATCH: the mappings contradict each other:")
        .contains("cyc@", " → ", "equal", "superset-of");
  }

  @Test
  void bothSidesOfADiamondMustAgree() {
    // 1 → 2 → 4 and 1 → 3 → 4: P = Q ⊊ S, but P = R = S.
    String s = edition("cyc@4", "S");
    String pq = map("cyc@1", "cyc@2", "P", "equal", "Q");
    String pr = map("cyc@1", "cyc@3", "P", "equal", "R");
    String qs = map("cyc@2", "cyc@4", "Q", "subset-of", "S");
    assertThat(compile(P, Q, R, s, pq, pr, qs, map("cyc@3", "cyc@4", "R", "subset-of", "S")).diagnostics()).isEmpty();
    CompilationResult bad = compile(P, Q, R, s, pq, pr, qs, map("cyc@3", "cyc@4", "R", "equal", "S"));
    assertThat(codes(bad)).singleElement().asString().startsWith("CHAIN_MISMATCH: the mappings contradict each other:");
  }
}
