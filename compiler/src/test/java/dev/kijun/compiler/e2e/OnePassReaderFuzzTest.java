package dev.kijun.compiler.e2e;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the generated one-pass reader with arbitrary bytes as an evidence file of the bundled schema: the loader
 * and its thorough path must agree (the same assessment or the same problems, never another exception), and the
 * one-pass reader must accept exactly what the thorough path accepts ({@link OnePassReaderTest#agree}).
 *
 * <p>In {@code mvn verify} the inputs in {@code OnePassReaderFuzzTestInputs/} (seed corpus and every crash found) run
 * as regression tests; {@code JAZZER_FUZZ=1} fuzzes for ten minutes (see compiler/README.md).
 */
class OnePassReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void bothPathsAgree(byte[] bytes) throws Exception {
    CompiledGuidelines g = CompiledGuidelines.get();
    Class<?> type = g.editions.values().iterator().next().evidenceType();
    OnePassReaderTest.agree(bytes, type, "fuzzed input");
  }
}
