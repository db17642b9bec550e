package dev.kijun.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Outcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate goal's run, on an edition compiled here: verdicts per file, and bad evidence named without a report. */
class EvidenceRunTest {
  static final String FACTS_OK = "{\"items\": [{\"id\": \"a\", \"n\": 3}]}";
  static final String FACTS_LOW = "{\"items\": [{\"id\": \"a\", \"n\": 0}]}";
  static List<Edition<?>> editions;

  @BeforeAll
  static void compileAnEdition(@TempDir Path dir) throws Exception {
    KijunBuild build = KijunBuild.compile(List.of(KijunBuildTest.LIB_SCHEMA, KijunBuildTest.OWN), List.of(), "com.example");
    List<OutputFile> files = JavaGenerator.generate(build.result().program().orElseThrow(), build.target());
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> sources = new ArrayList<>();
    for (OutputFile f : files) {
      boolean java = f.path().startsWith("java/");
      Path target = java ? dir.resolve(f.path()) : classes.resolve(f.path().substring("resources/".length()));
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content(), StandardCharsets.UTF_8);
      if (java) {
        sources.add(target);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      assertThat(javac.getTask(null, fm, null, List.of("--release", "17", "-classpath",
          System.getProperty("java.class.path"), "-d", classes.toString()), null, fm.getJavaFileObjectsFromPaths(sources))
          .call()).isTrue();
    }
    editions = Editions.discover(new URLClassLoader(new URL[] {classes.toUri().toURL()}, EvidenceRunTest.class.getClassLoader()));
    assertThat(editions).extracting(e -> e.info().key()).containsExactly("own-doc@2");
  }

  static Path evidence(Path dir, String name, String facts) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, "{\"facility\": {\"name\": \"f\", \"kind\": \"medical-institution\"}, \"assessedOn\": \"2026-11-01\","
        + " \"facts\": " + facts + "}\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void everyFileIsReportedPerEditionWithNamesRelativeToTheProject(@TempDir Path dir) throws Exception {
    Path ok = evidence(dir, "ok.json", FACTS_OK);
    Path low = evidence(Files.createDirectories(dir.resolve("evidence")), "low.json", FACTS_LOW);
    EvidenceRun run = EvidenceRun.run(editions, List.of(ok, low), dir, Optional.of(LocalDate.of(2026, 12, 1)));
    assertThat(run.problems()).isEmpty();
    assertThat(run.reports().reports()).extracting(r -> r.evidenceFile()).containsExactly("ok.json", "evidence/low.json");
    ClauseRef clause = ClauseRef.parse("own-doc@2/1.1");
    assertThat(run.reports().reports().get(0).verdict(clause).orElseThrow().outcome()).isEqualTo(Outcome.SATISFIED);
    assertThat(run.reports().reports().get(1).verdict(clause).orElseThrow().outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(run.reports().reports().get(0).asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(run.reports().hasFailures()).isTrue();
  }

  @Test
  void badEvidenceIsNamedByFileLineAndPathAndNoReportIsMade(@TempDir Path dir) throws Exception {
    Path ok = evidence(dir, "ok.json", FACTS_OK);
    Path bad = evidence(dir, "bad.json", "{\"items\": [{\"id\": \"a\", \"n\": \"three\"}]}");
    Path missing = dir.resolve("missing.json");
    EvidenceRun run = EvidenceRun.run(editions, List.of(ok, bad, missing), dir, Optional.empty());
    assertThat(run.reports().reports()).isEmpty();
    assertThat(run.problems()).extracting(p -> p.render()).anySatisfy(p -> assertThat(p).startsWith("bad.json:1:")
        .contains("facts.items[0].n")).anySatisfy(p -> assertThat(p).startsWith("missing.json: cannot read the file"));
  }
}
