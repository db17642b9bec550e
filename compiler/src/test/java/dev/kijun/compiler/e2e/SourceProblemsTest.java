package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.testing.TestSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes that once passed silently or crashed: unknown escapes, integers beyond 64 bits, date shifts beyond any
 * date, unreadable directories, invalid UTF-8; and a byte-order mark, which is accepted.
 */
class SourceProblemsTest {
  private static final String HEAD = "edition \"demo@1\";\nrequirement \"1\" {\n  title ja \"t\" en \"t\"\n"
      + "  level mandatory\n  audience medical-institution\n  status verified\n  source \"https://example.org/demo\"\n"
      + "  summary ja \"s\"\n  summary en \"s\"\n";

  private static List<String> codesAndPlaces(String requirementItems) {
    CompilationResult r = TestSources.compileWithPrelude(HEAD + requirementItems + "}\n");
    return r.diagnostics().stream().map(d -> d.code() + " " + d.span().location()).toList();
  }

  @Test
  void anUnknownEscapeIsAnError() {
    assertThat(codesAndPlaces("  check review \"see C:\\users\\q\"\n")).containsExactly(
        "BAD_ESCAPE test.kijun:10:23", "BAD_ESCAPE test.kijun:10:29");
  }

  @Test
  void theKnownEscapesAreAccepted() {
    assertThat(codesAndPlaces("  check review \"a \\\"b\\\" \\\\ \\n \\t\"\n")).isEmpty();
  }

  @Test
  void anIntegerBeyond64BitsIsAnError() {
    assertThat(codesAndPlaces("  check automated \"n\" { count(d in devices) <= 99999999999999999999 }\n"))
        .containsExactly("OUT_OF_RANGE test.kijun:10:48");
    assertThat(codesAndPlaces("  check automated \"n\" { count(d in devices) <= 9223372036854775807 }\n")).isEmpty();
  }

  @Test
  void aDateShiftBeyondTenThousandYearsIsAnError() {
    assertThat(codesAndPlaces("  check automated \"d\" { inspectedOn >= asOf - 999999999999 days }\n"))
        .containsExactly("OUT_OF_RANGE test.kijun:10:40");
    assertThat(codesAndPlaces("  check automated \"d\" { inspectedOn >= asOf - 10001 years }\n"))
        .containsExactly("OUT_OF_RANGE test.kijun:10:40");
    assertThat(codesAndPlaces("  check automated \"d\" { inspectedOn >= asOf - 10000 years - 3660000 days }\n"))
        .isEmpty();
  }

  @Test
  void anUnreadableDirectoryIsADiagnosticAndTheRestIsStillRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("facility.kijun"), TestSources.SCHEMA, StandardCharsets.UTF_8);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("x.kijun"), "schema \"x\";", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running with permissions that read any directory (root)");
      Sources.Loaded loaded = Sources.load(List.of(dir), dir);
      assertThat(loaded.sources()).extracting(s -> s.path()).containsExactly("facility.kijun");
      CompilationResult r = KijunCompiler.compile(loaded);
      assertThat(r.diagnostics()).extracting(d -> d.code() + " " + d.span().location() + " " + d.message())
          .containsExactly("UNREADABLE_SOURCE locked:1:1 cannot read this directory: permission denied");
      assertThat(r.hasErrors()).isTrue();
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aSourceLinkThatLeadsNowhereIsADiagnostic(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("facility.kijun"), TestSources.SCHEMA, StandardCharsets.UTF_8);
    Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("gone.kijun"), dir.resolve("nowhere"));
    CompilationResult r = KijunCompiler.compile(Sources.load(List.of(dir), dir));
    assertThat(r.diagnostics()).extracting(d -> d.code() + " " + d.span().location() + " " + d.message())
        .containsExactly("UNREADABLE_SOURCE sub/gone.kijun:1:1 cannot read this file: no such file");
  }

  @Test
  void invalidUtf8IsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
    byte[] head = "schema \"x\";\nrecord A { n\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = (byte) '}';
    Files.write(dir.resolve("bad.kijun"), bytes);
    Sources.Loaded loaded = Sources.load(List.of(dir), dir);
    assertThat(loaded.problems()).extracting(d -> d.code() + " " + d.span().location() + " " + d.message())
        .containsExactly("UNREADABLE_SOURCE bad.kijun:2:14 byte 26 (0xC3) is not valid UTF-8; kijun sources are UTF-8");
  }

  @Test
  void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("facility.kijun"), "\uFEFF" + TestSources.SCHEMA, StandardCharsets.UTF_8);
    CompilationResult r = KijunCompiler.compile(Sources.load(List.of(dir), dir));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.SYNTAX, Code.UNEXPECTED_CHARACTER);
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void oneRunShowsSyntaxErrorsAndTheSemanticErrorsOfTheFilesThatParsed() {
    CompilationResult r = TestSources.compileWithPrelude("--- broken.kijun\nedition \"demo@1\";\nrequirement 1 { }\n"
        + "--- fine.kijun\n" + HEAD.replace("level mandatory", "level must") + "}\n");
    assertThat(r.diagnostics()).extracting(d -> d.code() + " " + d.span().file().path())
        .contains("SYNTAX broken.kijun", "UNKNOWN_WORD fine.kijun");
    assertThat(r.program()).isEmpty();
  }
}
