package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources that pass {@code check} yet once produced Java that javac rejected, or files that overwrote each other:
 * each now compiles warning-free, or is a NAME_COLLISION diagnostic naming both declarations.
 */
class AdversarialNamesTest {
  private static final String SCHEMA = """
      schema "new";

      /** Kinds; a path such as C:\\users\\x or \\u002a\\u002f must not end or break this comment. */
      enum record { class "class", int "int", String "string" }
      /** A record named like java.lang.String. */
      record String { id: string  class: record  public: boolean  hashCode: integer }
      record Facts { items: list<String>  inspectedOn: date  codes: list<integer> }
      const class: list<integer> = [%s]
      root Facts
      """.formatted(IntStream.range(0, 20_000).mapToObj(Integer::toString).collect(Collectors.joining(", ")));

  private static String edition(String document, String edition, String requirements) {
    return "edition \"" + document + "@" + edition + "\";\ndocument {\n  title ja \"t\" en \"t\"\n  publisher \"p\"\n"
        + "  published 2025-01-01\n  source \"https://example.org/x\"\n  evidence \"new\"\n  status verified\n}\n"
        + requirements;
  }

  private static String requirement(String id, String summary, String check) {
    return "requirement \"" + id + "\" {\n  title ja \"t\" en \"t */ \\\\u002a\\\\u002f\"\n  level mandatory\n"
        + "  audience medical-institution\n  status verified\n  source \"https://example.org/x\"\n"
        + "  summary ja \"" + summary + "\"\n  summary en \"" + summary + "\"\n  check automated \"" + summary + "\" {\n"
        + "    " + check + "\n  }\n}\n";
  }

  private static CompilationResult compile(String... editions) {
    List<SourceFile> files = new ArrayList<>();
    files.add(new SourceFile("schema.kijun", SCHEMA));
    for (int i = 0; i < editions.length; i++) {
      files.add(new SourceFile("e" + i + ".kijun", editions[i]));
    }
    return KijunCompiler.compile(files);
  }

  @Test
  void hostileTextAndNamesCompileWithoutAWarning(@TempDir Path dir) throws IOException {
    String longSummary = "長".repeat(70_000);
    String bigList = IntStream.range(0, 50_000).mapToObj(i -> "\"s" + i + "\"").collect(Collectors.joining(", "));
    CompilationResult r = compile(edition("new", "R7", requirement("1", "C:\\\\users\\\\q \\\\u002a\\\\u002f */ nul:\u0000.",
            "forall s in items: s.class != record.class and s.id not in [" + bigList + "] and s.public implies s.class == String and s.hashCode > 0")
        + requirement("index", longSummary, "count(s in items) in class")
        + requirement("evidence", "e", "inspectedOn <= asOf")));
    assertThat(r.diagnostics()).isEmpty();
    Program program = r.program().orElseThrow();
    List<OutputFile> all = Outputs.all(program);
    Set<String> lower = new HashSet<>();
    for (OutputFile f : all) {
      assertThat(lower.add(f.path().toLowerCase(Locale.ROOT))).as("unique ignoring case: %s", f.path()).isTrue();
    }
    assertThat(all).extracting(OutputFile::path).contains("docs/html/new/R7/index.html",
        "docs/html/new/R7/clause-index.html", "docs/html/new/R7/evidence.html", "docs/html/new/R7/clause-evidence.html");
    assertThat(all).allSatisfy(f -> assertThat(f.content()).as(f.path()).doesNotContain("\u0000"));
    InMemoryJavac.Compiled compiled = InMemoryJavac.compile(Outputs.java(program), dir);
    assertThat(compiled.diagnostics()).isEmpty();
  }

  @Test
  void thousandsOfConstantsAreSpreadOverClassesThatCompile(@TempDir Path dir) throws IOException {
    StringBuilder schema = new StringBuilder("schema \"many\";\nrecord Facts { items: list<string> }\n");
    for (int i = 0; i < 6_000; i++) {
      schema.append("const L").append(i).append(": list<string> = [\"a").append(i).append("\", \"b").append(i)
          .append("\", \"c\"]\nconst S").append(i).append(": string = \"a constant string, number ").append(i)
          .append("\"\n");
    }
    schema.append("root Facts\n");
    String ed = "edition \"many@1\";\ndocument {\n  title ja \"t\" en \"t\"\n  publisher \"p\"\n"
        + "  published 2025-01-01\n  source \"https://example.org/x\"\n  evidence \"many\"\n  status verified\n}\n"
        + "requirement \"1\" {\n  title ja \"t\" en \"t\"\n  level mandatory\n  audience medical-institution\n"
        + "  status verified\n  source \"https://example.org/x\"\n  summary ja \"s\"\n  summary en \"s\"\n"
        + "  check automated \"e\" {\n    forall s in items: s in L5999 or s == S0\n  }\n}\n";
    CompilationResult r = KijunCompiler.compile(List.of(new SourceFile("schema.kijun", schema.toString()),
        new SourceFile("e.kijun", ed)));
    assertThat(r.diagnostics()).isEmpty();
    Program program = r.program().orElseThrow();
    assertThat(Outputs.java(program)).extracting(OutputFile::path).filteredOn(p -> p.contains("SchemaConstants"))
        .hasSizeGreaterThan(10);
    InMemoryJavac.Compiled compiled = InMemoryJavac.compile(Outputs.java(program), dir);
    assertThat(compiled.diagnostics()).isEmpty();
  }

  @Test
  void editionsDifferingOnlyInCaseAreACollision() {
    CompilationResult r = compile(edition("doc", "R7", requirement("1", "s", "inspectedOn <= asOf")),
        edition("doc", "r7", requirement("1", "s", "inspectedOn <= asOf")));
    assertThat(r.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
        .contains("edition `doc@r7` and edition `doc@R7`").contains("ignoring case"));
  }

  @Test
  void requirementIdsDifferingOnlyInCaseAreACollision() {
    CompilationResult r = compile(edition("doc", "1", requirement("Foo", "s", "inspectedOn <= asOf")
        + requirement("foo", "s", "inspectedOn <= asOf")));
    assertThat(r.diagnostics()).extracting(d -> d.code() + " " + d.span().location() + " " + d.message())
        .contains("NAME_COLLISION e0.kijun:22:1 requirement `doc@1/foo` and requirement `doc@1/Foo` (e0.kijun:10:1) both"
            + " generate dev/kijun/generated/doc/v1/Clause_foo.java, ignoring case");
  }

  @Test
  void theBundledGuidelinesHaveNoCollision() {
    assertThat(KijunCompiler.compile(TestSources.guidelines()).diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(dev.kijun.compiler.diag.Code.NAME_COLLISION);
  }
}
