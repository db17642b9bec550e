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
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
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
 * agree with the interpreter on random evidence ({@link EvidenceGenerator}), which their generated one-pass readers
 * bind as Jackson does. Programs with mappings pass too, and
 * flipping one of their map lines to a relationship that another path rules out is caught. 200 programs in the build;
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
    int editionCount = 0;
    int mapped = 0;
    int mappingFiles = 0;
    int mapLines = 0;
    int flips = 0;
    int contradictions = 0;
    int caught = 0;
    for (int start = 0; start < programs; start += BATCH) {
      List<SourceFile> all = new ArrayList<>();
      Map<String, Long> seeds = new HashMap<>();
      for (int i = start; i < Math.min(programs, start + BATCH); i++) {
        ProgramGenerator g = new ProgramGenerator(seed + i, i);
        Map<String, String> files = g.files();
        List<SourceFile> one = new ArrayList<>();
        files.forEach((path, text) -> one.add(new SourceFile(path, text)));
        CompilationResult alone = KijunCompiler.compile(one);
        if (!alone.diagnostics().isEmpty()) {
          fail("generated program " + i + " (seed " + (seed + i) + ") does not pass check:\n"
              + DiagnosticRenderer.render(alone.diagnostics()) + "\n" + String.join("\n", files.values()));
        }
        all.addAll(one);
        for (int k = 1; k <= g.editions(); k++) {
          seeds.put(g.editionKey(k), seed + i + 1_000_003L * (k - 1));
        }
        if (g.mappings().isPresent()) {
          mapped++;
          mappingFiles += g.mappings().get().files().size();
          mapLines += g.mappings().get().lineCount();
          GeneratedMappings.Flip flip = g.mappings().get().flip();
          if (flip != null) {
            flips++;
            contradictions += flip.contradicts() ? 1 : 0;
            caught += flipped(one, flip, seed + i) ? 1 : 0;
          }
        }
      }
      CompilationResult batch = KijunCompiler.compile(all);
      assertThat(batch.diagnostics()).isEmpty();
      Program program = batch.program().orElseThrow();
      noBrokenLinks(Outputs.docs(program, true, false));
      Path work = Files.createDirectories(dir.resolve("batch" + start));
      InMemoryJavac.Compiled javac = InMemoryJavac.compile(Outputs.java(program), work);
      assertThat(javac.diagnostics()).as("javac -Xlint:all warnings").isEmpty();
      compiled += Math.min(programs, start + BATCH) - start;
      editionCount += seeds.size();
      Map<String, dev.kijun.runtime.Edition<?>> editions = new HashMap<>();
      for (dev.kijun.runtime.Edition<?> e : Editions.discover(javac.loader())) {
        editions.put(e.info().key(), e);
      }
      for (Edition model : program.editions()) {
        // Later editions come from the same generator as the first: fewer documents keep the build's time as it was.
        int perEdition = model.key().endsWith("@1") ? DOCUMENTS : DOCUMENTS / 4;
        for (int d = 0; d < perEdition; d++) {
          long s = seeds.get(model.key()) * 31 + d;
          agree(editions.get(model.key()), model, new EvidenceGenerator(model, s).document(), s);
          documents++;
        }
      }
    }
    System.out.printf("generated programs: %,d (%,d editions) compiled by javac, %,d evidence documents agree with the "
        + "interpreter%n", compiled, editionCount, documents);
    System.out.printf("generated mappings: %,d programs with %,d mapping files and %,d map lines pass check; %,d lines "
        + "flipped, %,d contradicting another path (all caught), %,d flips reported in all%n", mapped, mappingFiles,
        mapLines, flips, contradictions, caught);
    assertThat(compiled).isEqualTo(programs);
    if (programs >= 50) {
      assertThat(mapped).as("programs with mappings").isPositive();
      assertThat(contradictions).as("flips known to contradict").isPositive();
    }
  }

  /**
   * Checks the program with one map line flipped: {@code check} never throws, reports nothing but mapping
   * contradictions, and reports one whenever the generator knows the flip contradicts another path. True when
   * {@code check} reported the flip.
   */
  private static boolean flipped(List<SourceFile> program, GeneratedMappings.Flip flip, long seed) {
    List<SourceFile> changed = new ArrayList<>();
    for (SourceFile f : program) {
      changed.add(f.path().equals(flip.path()) ? new SourceFile(f.path(), flip.text()) : f);
    }
    List<Diagnostic> found = KijunCompiler.compile(changed).diagnostics();
    String what = "flipping to `" + flip.line() + "` in " + flip.path() + " (seed " + seed + ")";
    assertThat(found).as(what + ":\n" + DiagnosticRenderer.render(found))
        .allMatch(d -> d.code() == Code.CHAIN_MISMATCH || d.code() == Code.INVERSE_MISMATCH);
    if (flip.contradicts() && found.isEmpty()) {
      fail(what + " contradicts another path, but check reports nothing:\n" + flip.text());
    }
    return !found.isEmpty();
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
    // The generated one-pass reader binds it, exactly as Jackson's thorough path does.
    assertThat(EvidenceLoader.loadsInOnePass(bytes, compiled.evidenceType())).as("read in one pass (seed %d)", seed)
        .isTrue();
    assertThat(a).isEqualTo(EvidenceLoader.loadThoroughly(bytes, "doc.json", compiled.evidenceType()));
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
