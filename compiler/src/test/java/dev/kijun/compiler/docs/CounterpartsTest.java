package dev.kijun.compiler.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requirement pages show their counterparts in other editions, with the mapping's relationship, facts and rationale. */
class CounterpartsTest {
  static String edition(String key, String... ids) {
    StringBuilder sb = new StringBuilder("edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\" publisher \"p\""
        + " published 2024-01-01 source \"https://example.org\" evidence \"s\" status verified }\n");
    for (String id : ids) {
      sb.append("requirement \"").append(id).append("\" { level mandatory status verified source \"u\" summary ja \"あ\""
          + " summary en \"a\" check review \"r\" }\n");
    }
    return sb.toString();
  }

  static Program program() {
    List<SourceFile> files = new ArrayList<>();
    files.add(new SourceFile("s.kijun", "schema \"s\";\nrecord F { n: integer }\nroot F\n"));
    files.add(new SourceFile("a.kijun", edition("doc@1", "1.1", "1.2")));
    files.add(new SourceFile("b.kijun", edition("doc@2", "X.1", "X.9")));
    files.add(new SourceFile("m.kijun", "mapping \"doc@1\" to \"doc@2\";\n"
        + "map \"1.1\" subset-of \"X.1\" { ours moved confidence high rationale \"now mandatory\" }\n"
        + "withdrawn \"1.2\" { reason \"obsolete\" }\nnew \"X.9\" { rationale \"added\" }\n"));
    return dev.kijun.compiler.KijunCompiler.compile(files).program().orElseThrow();
  }

  static String page(Program p, String edition, String clause) {
    List<OutputFile> files = MarkdownGenerator.generate(p, p.edition(edition).orElseThrow());
    return files.stream().filter(f -> f.path().endsWith("/" + clause + ".md")).findFirst().orElseThrow().content();
  }

  @Test
  void sourcePagesShowWhereTheClauseWent() {
    Program p = program();
    assertThat(page(p, "doc@1", "1.1")).contains("## Counterparts in other editions",
        "this clause subset-of [`doc@2/X.1`](../../doc/2/X.1.md) (moved, confidence high, ours): now mandatory");
    assertThat(page(p, "doc@1", "1.2")).contains("withdrawn in doc@2: obsolete");
  }

  @Test
  void targetPagesShowWhereTheClauseCameFrom() {
    Program p = program();
    assertThat(page(p, "doc@2", "X.1")).contains("[`doc@1/1.1`](../../doc/1/1.1.md) subset-of this clause");
    assertThat(page(p, "doc@2", "X.9")).contains("new in this edition: no counterpart in doc@1 (added)");
  }

  @Test
  void eachEditionGetsAPageOfWhatChangedFromItsPredecessor() {
    Program p = program();
    List<OutputFile> docs = dev.kijun.compiler.Outputs.docs(p, true, true);
    OutputFile changes = docs.stream().filter(f -> f.path().equals("docs/md/doc/2/changes-from-doc@1.md")).findFirst()
        .orElseThrow();
    assertThat(changes.content()).contains("1.1", "X.1", "strengthened", "withdrawn", "new");
    assertThat(docs).anySatisfy(f -> assertThat(f.path()).isEqualTo("docs/html/doc/2/changes-from-doc@1.html"));
    String index = docs.stream().filter(f -> f.path().equals("docs/md/doc/2/index.md")).findFirst().orElseThrow().content();
    assertThat(index).contains("[What changed from doc@1](changes-from-doc@1.md)");
  }
}
