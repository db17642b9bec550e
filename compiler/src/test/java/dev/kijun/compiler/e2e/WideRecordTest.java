package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records at the JVM's limit: a record whose fields take exactly the 254 constructor slots Java allows compiles, and
 * its generated one-pass reader (more than 64 fields: seen keys kept in an array) binds evidence as Jackson does; one
 * slot more is {@code RECORD_TOO_WIDE} from {@code check}, not a javac failure.
 */
class WideRecordTest {
  private static List<SourceFile> schema(int requiredIntegers, int optionalStrings) {
    String fields = IntStream.rangeClosed(1, requiredIntegers).mapToObj(i -> "  n" + i + ": integer\n")
        .collect(Collectors.joining())
        + IntStream.rangeClosed(1, optionalStrings).mapToObj(i -> "  s" + i + ": string?\n").collect(Collectors.joining());
    return List.of(new SourceFile("wide.kijun", "schema \"wide\";\nrecord Wide {\n" + fields + "}\nroot Wide\n"));
  }

  @Test
  void aRecordOfExactly254SlotsCompilesAndItsReaderBindsAsJacksonDoes(@TempDir Path work) throws Exception {
    CompilationResult result = KijunCompiler.compile(schema(126, 2)); // 126 longs (252 slots) + 2 strings
    assertThat(result.diagnostics()).isEmpty();
    InMemoryJavac.Compiled javac = InMemoryJavac.compile(Outputs.java(result.program().orElseThrow()), work);
    Class<?> wide = javac.loader().loadClass("dev.kijun.generated.evidence.wide.Wide");
    String facts = IntStream.rangeClosed(1, 126).mapToObj(i -> "\"n" + i + "\":" + (i * 1_000_000_007L))
        .collect(Collectors.joining(",", "{", ",\"s2\":\"x\"}"));
    String doc = "{\"facility\":{\"name\":\"w\",\"kind\":\"vendor\"},\"assessedOn\":\"2026-11-01\",\"facts\":" + facts + "}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(OnePassReaderTest.agree(bytes, wide, "all fields")).isTrue();
    // The 126th key repeated, one required key missing: both refused by both paths.
    assertThat(OnePassReaderTest.agree(doc.replace("\"s2\"", "\"n126\":1,\"s2\"").getBytes(StandardCharsets.UTF_8), wide,
        "repeated")).isFalse();
    assertThat(doc).contains("\"n100\":100000000700,");
    assertThat(OnePassReaderTest.agree(doc.replace("\"n100\":100000000700,", "").getBytes(StandardCharsets.UTF_8), wide,
        "missing")).isFalse();
  }

  @Test
  void oneSlotMoreIsADiagnosticNotAJavacFailure() {
    CompilationResult result = KijunCompiler.compile(schema(126, 3));
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.RECORD_TOO_WIDE);
      assertThat(d.message()).contains("129 fields", "255 constructor slots");
    });
  }
}
