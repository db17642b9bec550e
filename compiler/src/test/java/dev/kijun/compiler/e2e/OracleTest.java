package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.interp.Interpreter;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: for every bundled edition, random evidence generated from its schema (seeded, see
 * {@link EvidenceGenerator}) is validated by the generated validators and by the independent interpreter
 * ({@link Interpreter}); outcomes, findings, observations and paths must be identical. 1,000 documents per edition
 * in the build; {@code -Doracle.documents=100000} runs more (see compiler/README.md), {@code -Doracle.seed=N}
 * another series.
 */
class OracleTest {
  /** Findings of the current edition's run that list a failed {@code or}'s alternatives. */
  private static final java.util.concurrent.atomic.AtomicInteger ALTERNATIVES =
      new java.util.concurrent.atomic.AtomicInteger();
  /** The same, over every edition run. */
  private static final java.util.concurrent.atomic.AtomicInteger GROUPED_IN_ALL =
      new java.util.concurrent.atomic.AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static Stream<Arguments> editions() throws Exception {
    Program program = CompiledGuidelines.get().program;
    return program.editions().stream().map(e -> Arguments.of(e.key()));
  }

  @org.junit.jupiter.api.AfterAll
  static void theEditionsReachGroupedAlternatives() {
    if (Integer.getInteger("oracle.documents", 1000) >= 1000) {
      assertThat(GROUPED_IN_ALL.get()).as("the interpreter and the validators are compared on grouped alternatives")
          .isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void generatedValidatorsAgreeWithTheInterpreter(String key) throws Exception {
    CompiledGuidelines g = CompiledGuidelines.get();
    Edition model = g.program.edition(key).orElseThrow();
    dev.kijun.runtime.Edition<?> compiled = g.editions.get(key);
    int documents = Integer.getInteger("oracle.documents", 1000);
    long seed = Long.getLong("oracle.seed", 20261101L) ^ key.hashCode();
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    ALTERNATIVES.set(0);
    long start = System.nanoTime();
    for (int i = 0; i < documents; i++) {
      EvidenceGenerator gen = new EvidenceGenerator(model, seed + i);
      ObjectNode doc = gen.document();
      Optional<LocalDate> asOf = (i % 7 == 3) ? Optional.of(gen.asOf().plusDays(i % 3 - 1)) : Optional.empty();
      compare(key, seed + i, doc, asOf, compiled, model, seen);
    }
    System.out.printf("oracle %s: %,d documents agree (%.1f s); verdicts (and waived findings) %s; %,d findings list"
        + " a failed or's alternatives%n", key, documents, (System.nanoTime() - start) / 1e9, seen, ALTERNATIVES.get());
    GROUPED_IN_ALL.addAndGet(ALTERNATIVES.get());
    assertThat(seen.keySet()).as("the generator reaches failing and passing verdicts")
        .contains(Outcome.NOT_SATISFIED, Outcome.EVIDENCE_MISSING, Outcome.SATISFIED, Outcome.NOT_APPLICABLE);
    if (documents >= 1000 && model.requirements().stream().anyMatch(r -> !r.waivers().isEmpty())) {
      assertThat(seen).as("the generator reaches waived verdicts").containsKey(Outcome.WAIVED);
    }
  }

  /**
   * Every edition of the bundled schema validates one assessment object in turn, so checks they share (one key, see
   * {@code SharedChecks}) are computed by the first edition and reused by the others: the reused results must agree
   * with the interpreter, which shares nothing, edition by edition.
   */
  @org.junit.jupiter.api.Test
  void checksSharedBetweenEditionsAgreeWithTheInterpreter() throws Exception {
    CompiledGuidelines g = CompiledGuidelines.get();
    List<String> keys = g.program.editions().stream().map(Edition::key).sorted().toList();
    Map<String, Integer> editionsPerKey = new java.util.HashMap<>();
    for (String key : keys) {
      java.util.Set<Object> own = new java.util.HashSet<>();
      for (dev.kijun.runtime.Validator<?> v : g.editions.get(key).validators()) {
        java.lang.reflect.Method m = dev.kijun.runtime.eval.GeneratedValidator.class.getDeclaredMethod("sharedKey",
            int.class);
        m.setAccessible(true);
        for (int c = 0; c < v.info().checks().size(); c++) {
          Object k = m.invoke(v, c);
          if (k != null) {
            own.add(k);
          }
        }
      }
      own.forEach(k -> editionsPerKey.merge((String) k, 1, Integer::sum));
    }
    assertThat(editionsPerKey.values()).as("some check is shared by several editions, so this test shares")
        .anyMatch(n -> n >= 3);
    int documents = Math.max(50, Integer.getInteger("oracle.documents", 1000) / 5);
    long seed = Long.getLong("oracle.seed", 20261101L) ^ 0x5A4ED;
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    for (int i = 0; i < documents; i++) {
      String generatorEdition = keys.get(i % keys.size()); // its answers and waivers, the schema's facts
      EvidenceGenerator gen = new EvidenceGenerator(g.program.edition(generatorEdition).orElseThrow(), seed + i);
      ObjectNode doc = gen.document();
      Optional<LocalDate> asOf = (i % 7 == 3) ? Optional.of(gen.asOf().plusDays(i % 3 - 1)) : Optional.empty();
      Assessment<?> a = load(seed + i, doc, asOf, g.editions.get(generatorEdition).evidenceType());
      for (String key : keys) {
        dev.kijun.runtime.Edition<?> compiled = g.editions.get(key);
        assertThat(compiled.evidenceType()).isEqualTo(a.facts().getClass());
        check(key, seed + i, doc, asOf, a, compiled, g.program.edition(key).orElseThrow(), seen);
      }
    }
    assertThat(seen.keySet()).contains(Outcome.NOT_SATISFIED, Outcome.EVIDENCE_MISSING, Outcome.SATISFIED);
  }

  private static <E> Assessment<E> load(long seed, ObjectNode doc, Optional<LocalDate> asOf, Class<E> type)
      throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(doc);
    Assessment<E> a = null;
    try {
      a = EvidenceLoader.load(bytes, "doc.json", type);
    } catch (EvidenceException e) {
      fail("generated evidence (seed " + seed + ") was rejected: " + e.problems() + "\n" + doc.toPrettyString());
    }
    return asOf.isPresent() ? a.withAsOf(asOf.get()) : a;
  }

  @SuppressWarnings("unchecked")
  private static <E> void check(String key, long seed, ObjectNode doc, Optional<LocalDate> asOf, Assessment<?> a,
      dev.kijun.runtime.Edition<E> compiled, Edition model, Map<Outcome, Integer> seen) throws Exception {
    compareLoaded(key, seed, doc, asOf, (Assessment<E>) a, compiled, model, seen);
  }

  private static <E> void compare(String key, long seed, ObjectNode doc, Optional<LocalDate> asOf,
      dev.kijun.runtime.Edition<E> compiled, Edition model, Map<Outcome, Integer> seen) throws Exception {
    compareLoaded(key, seed, doc, asOf, load(seed, doc, asOf, compiled.evidenceType()), compiled, model, seen);
  }

  private static <E> void compareLoaded(String key, long seed, ObjectNode doc, Optional<LocalDate> asOf,
      Assessment<E> a, dev.kijun.runtime.Edition<E> compiled, Edition model, Map<Outcome, Integer> seen)
      throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(doc);
    List<Verdict> generated = compiled.validateAll(a);
    JsonNode tree = JSON.readTree(bytes);
    List<Interpreter.Result> interpreted = Interpreter.validate(model, tree, asOf);
    assertThat(interpreted).hasSameSizeAs(generated);
    for (int i = 0; i < generated.size(); i++) {
      Verdict v = generated.get(i);
      Interpreter.Result r = interpreted.get(i);
      String where = key + " " + v.requirement().id() + " (seed " + seed + ", as of " + asOf.orElse(a.asOf()) + ")";
      if (!v.requirement().id().equals(r.requirement()) || v.outcome() != r.outcome()
          || !v.findings().equals(r.findings())) {
        fail("generated validator and interpreter disagree on " + where + "\ngenerated:   " + v.outcome() + " "
            + v.findings() + "\ninterpreter: " + r.outcome() + " " + r.findings() + "\nevidence: "
            + doc.toPrettyString());
      }
      for (dev.kijun.runtime.Finding f : v.findings()) {
        assertThat(f.reason()).doesNotContain(EvidenceGenerator.LONG_SECRET);
        f.observations().forEach(o -> assertThat(o.value() + o.expected() + o.alternatives())
            .doesNotContain(EvidenceGenerator.LONG_SECRET));
      }
      seen.merge(v.outcome(), 1, Integer::sum);
      v.findings().stream().filter(f -> f.observations().stream().anyMatch(o -> o.isAlternatives()))
          .forEach(f -> ALTERNATIVES.incrementAndGet());
      v.findings().stream().filter(f -> f.outcome() == Outcome.WAIVED && v.outcome() != Outcome.WAIVED)
          .forEach(f -> seen.merge(Outcome.WAIVED, 1, Integer::sum));
    }
  }
}
