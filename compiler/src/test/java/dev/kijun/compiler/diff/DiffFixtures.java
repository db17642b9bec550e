package dev.kijun.compiler.diff;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Two tiny editions of one document and the mapping between them, written to exercise every diff and carry rule. */
public final class DiffFixtures {
  private DiffFixtures() {}

  static final String SCHEMA = "schema \"s\";\n"
      + "ordered enum V { A, B, C }\n"
      + "record Item { v: V  vs: list<V>  d: date }\n"
      + "record F { items: list<Item> }\n"
      + "root F\n";

  static String doc(String key) {
    return "edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\" publisher \"p\" published 2024-01-01"
        + " source \"https://example.org\" evidence \"s\" status verified }\n";
  }

  public static String req(String id, String level, String summary, String check) {
    return "    requirement \"" + id + "\" { title ja \"題" + id + "\" en \"Title " + id + "\" level " + level
        + " status verified source \"u\" summary ja \"" + summary + "\" summary en \"" + summary + "\" " + check + " }\n";
  }

  static final String REVIEW = "check review \"r\"";
  public static final String QUESTION = "check question { ask ja \"か\" ask en \"q?\" }";

  /** Edition 1: sections 1.1 "Alpha" and 1.2 "Beta". */
  public static final String E1 = doc("doc@1")
      + "chapter \"1\" title ja \"一\" en \"One\" {\n"
      + "  section \"1.1\" title ja \"アルファ\" en \"Alpha\" {\n"
      + req("1.1.1", "mandatory", "same", QUESTION)
      + req("1.1.2", "recommended", "up", REVIEW)
      + req("1.1.3", "mandatory", "values", "check automated \"x\" { forall i in items: i.vs subset of [A, B, C] }")
      + req("1.1.4", "mandatory", "split me", REVIEW)
      + "  }\n"
      + "  section \"1.2\" title ja \"ベータ\" en \"Beta\" {\n"
      + req("1.2.1", "mandatory", "merge a", QUESTION)
      + req("1.2.2", "mandatory", "merge b", QUESTION)
      + req("1.2.3", "mandatory", "old words", QUESTION).replace("summary ja \"old words\"", "summary ja \"古い言葉\"")
      + req("1.2.4", "mandatory", "gone", REVIEW)
      + req("1.2.5", "mandatory", "down", "check automated \"x\" { forall i in items: i.v in [A] }")
      + req("1.2.6", "mandatory", "overlap", QUESTION)
      + "  }\n}\n";

  /** Edition 2: section 1.1 kept ("Alpha"), 1.2 renumbered 2.1 with the same title, new section 3.1 "Gamma". */
  public static final String E2 = doc("doc@2")
      + "chapter \"1\" title ja \"一\" en \"One\" {\n"
      + "  section \"1.1\" title ja \"アルファ\" en \"Alpha\" {\n"
      + req("1.1.1", "mandatory", "same", QUESTION)
      + req("1.1.3", "mandatory", "values", "check automated \"x\" { forall i in items: i.vs subset of [A, B] }")
      + req("1.1.5", "mandatory", "first half", REVIEW)
      + "  }\n}\n"
      + "chapter \"2\" title ja \"二\" en \"Two\" {\n"
      + "  section \"2.1\" title ja \"ベータ\" en \"Beta\" {\n"
      + req("2.1.1", "mandatory", "merged", QUESTION)
      + req("2.1.3", "mandatory", "new words", QUESTION).replace("summary ja \"new words\"", "summary ja \"新しい言葉\"")
      + req("2.1.5", "recommended", "down", REVIEW)
      + req("2.1.6", "mandatory", "overlap", QUESTION)
      + "  }\n}\n"
      + "chapter \"3\" title ja \"三\" en \"Three\" {\n"
      + "  section \"3.1\" title ja \"ガンマ\" en \"Gamma\" {\n"
      + req("3.1.1", "mandatory", "up", "check automated \"x\" { forall i in items: i.v >= B }")
      + req("3.1.2", "mandatory", "second half", REVIEW)
      + req("3.1.9", "mandatory", "brand new", QUESTION)
      + "  }\n}\n";

  public static final String MAP12 = "mapping \"doc@1\" to \"doc@2\";\n"
      + "map \"1.1.1\" equal \"1.1.1\" { ours confidence high rationale \"unchanged\" }\n"
      + "map \"1.1.2\" subset-of \"3.1.1\" { official doc \"9298\" page \"8\" confidence medium rationale \"recommended, now mandatory and automated\" }\n"
      + "map \"1.1.3\" equal \"1.1.3\" { ours rationale \"B and C no longer allowed\" }\n"
      + "map \"1.1.4\" superset-of \"1.1.5\" { ours split-into rationale \"first half\" }\n"
      + "map \"1.1.4\" superset-of \"3.1.2\" { ours split-into moved rationale \"second half\" }\n"
      + "map \"1.2.1\" subset-of \"2.1.1\" { ours merged-from rationale \"a into merged\" }\n"
      + "map \"1.2.2\" subset-of \"2.1.1\" { ours merged-from rationale \"b into merged\" }\n"
      + "map \"1.2.3\" equivalent \"2.1.3\" { ours renumbered rationale \"same content\" }\n"
      + "map \"1.2.5\" superset-of \"2.1.5\" { ours rationale \"relaxed\" }\n"
      + "map \"1.2.6\" intersects-with \"2.1.6\" { ours confidence low rationale \"overlap <b>&</b> | pipe\" }\n"
      + "withdrawn \"1.2.4\" { reason \"no longer asked\" official doc \"9298\" page \"9\" }\n"
      + "new \"3.1.9\" { rationale \"added in 2\" }\n";

  /** Compiles the schema and the given files; fails on any error. */
  public static Program compile(String... files) {
    List<SourceFile> sources = new ArrayList<>();
    sources.add(new SourceFile("s.kijun", SCHEMA));
    for (int i = 0; i < files.length; i++) {
      sources.add(new SourceFile("f" + i + ".kijun", files[i]));
    }
    CompilationResult r = KijunCompiler.compile(sources);
    if (r.hasErrors()) {
      throw new AssertionError("fixture does not compile: " + r.diagnostics());
    }
    return r.program().orElseThrow();
  }

  /** The standard fixture: both editions and the mapping 1 → 2. */
  public static Program program() {
    return compile(E1, E2, MAP12);
  }
}
