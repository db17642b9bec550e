package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.interp.Interpreter;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof by generation: random valid programs ({@link ProgramGenerator}) pass {@code check}, their generated Java
 * compiles with {@code -Xlint:all} and not one warning, their HTML has no broken relative link, and their validators
 * agree with the interpreter on random evidence ({@link EvidenceGenerator}). 200 programs in the build;
 * {@code -Dgenerated.programs=10000} (and {@code -Dgenerated.seed=N}) for more, see compiler/README.md.
 */
class GeneratedProgramsTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#:?]+)(#[^\"]*)?\"");
  /** Programs compiled by one javac run: javac's start-up dominates, so batches keep the build fast. */
  private static final int BATCH = 25;
  private static final int DOCUMENTS = 20;

  @Test
  void generatedProgramsCheckCompileAndAgreeWithTheInterpreter(@TempDir Path dir) throws Exception {
    int programs = Integer.getInteger("generated.programs", 200);
    long seed = Long.getLong("generated.seed", 20261202L);
    int compiled = 0;
    int documents = 0;
    for (int start = 0; start < programs; start += BATCH) {
      List<SourceFile> all = new ArrayList<>();
      Map<String, Long> seeds = new HashMap<>();
      for (int i = start; i < Math.min(programs, start + BATCH); i++) {
        ProgramGenerator g = new ProgramGenerator(seed + i, i);
        List<SourceFile> one = List.of(new SourceFile("g" + i + "/schema.kijun", g.schema()),
            new SourceFile("g" + i + "/edition.kijun", g.edition()));
        CompilationResult alone = KijunCompiler.compile(one);
        if (!alone.diagnostics().isEmpty()) {
          fail("generated program " + i + " (seed " + (seed + i) + ") does not pass check:\n"
              + DiagnosticRenderer.render(alone.diagnostics()) + "\n" + one.get(0).text() + "\n" + one.get(1).text());
        }
        all.addAll(one);
        seeds.put(g.editionKey(), seed + i);
      }
      CompilationResult batch = KijunCompiler.compile(all);
      assertThat(batch.diagnostics()).isEmpty();
      Program program = batch.program().orElseThrow();
      noBrokenLinks(Outputs.docs(program, true, false));
      Path work = Files.createDirectories(dir.resolve("batch" + start));
      InMemoryJavac.Compiled javac = InMemoryJavac.compile(Outputs.java(program), work);
      assertThat(javac.diagnostics()).as("javac -Xlint:all warnings").isEmpty();
      compiled += seeds.size();
      Map<String, dev.kijun.runtime.Edition<?>> editions = new HashMap<>();
      for (dev.kijun.runtime.Edition<?> e : Editions.discover(javac.loader())) {
        editions.put(e.info().key(), e);
      }
      for (Edition model : program.editions()) {
        for (int d = 0; d < DOCUMENTS; d++) {
          long s = seeds.get(model.key()) * 31 + d;
          agree(editions.get(model.key()), model, new EvidenceGenerator(model, s).document(), s);
          documents++;
        }
      }
    }
    System.out.printf("generated programs: %,d compiled by javac, %,d evidence documents agree with the interpreter%n",
        compiled, documents);
    assertThat(compiled).isEqualTo(programs);
  }

  private static void noBrokenLinks(List<OutputFile> html) {
    Set<String> paths = new HashSet<>();
    html.forEach(f -> paths.add(f.path()));
    for (OutputFile f : html) {
      Path here = Path.of(f.path()).getParent();
      Matcher m = HREF.matcher(f.content());
      while (m.find()) {
        String target = here.resolve(m.group(1)).normalize().toString().replace('\\', '/');
        assertThat(paths).as("link %s in %s", m.group(1), f.path()).contains(target);
      }
    }
  }

  private static <E> void agree(dev.kijun.runtime.Edition<E> compiled, Edition model, ObjectNode doc, long seed)
      throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(doc);
    Assessment<E> a = EvidenceLoader.load(bytes, "doc.json", compiled.evidenceType());
    List<Verdict> generated = compiled.validateAll(a);
    JsonNode tree = JSON.readTree(bytes);
    List<Interpreter.Result> interpreted = Interpreter.validate(model, tree, Optional.empty());
    assertThat(interpreted).hasSameSizeAs(generated);
    for (int i = 0; i < generated.size(); i++) {
      Verdict v = generated.get(i);
      Interpreter.Result r = interpreted.get(i);
      if (v.outcome() != r.outcome() || !v.findings().equals(r.findings())) {
        fail("validator and interpreter disagree on " + v.requirement().id() + " (evidence seed " + seed + ")\n"
            + "generated:   " + v.outcome() + " " + v.findings() + "\ninterpreter: " + r.outcome() + " "
            + r.findings() + "\nevidence: " + doc.toPrettyString());
      }
    }
  }
}
