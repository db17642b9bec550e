package dev.kijun.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.Severity;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture in {@code src/test/resources/fixtures/}: a {@code // expect-error: CODE [underlined]} or
 * {@code // expect-warning: CODE [underlined]} comment marks a diagnostic on the next non-marker line; every
 * diagnostic must be marked and every marker must be matched.
 */
class InlineMarkerFixturesTest {
  private static final Path ROOT = Path.of("src/test/resources/fixtures");
  private static final Pattern MARKER =
      Pattern.compile("//\\s*expect-(error|warning):\\s*([A-Z_]+)(?:\\s+(.+?))?\\s*$");

  /** One expected diagnostic: 1-based line, severity, code and optionally the underlined text. */
  record Expected(int line, Severity severity, String code, Optional<String> underlined) {
    boolean matches(Diagnostic d) {
      return d.span().line() == line && d.severity() == severity && d.code().name().equals(code)
          && underlined.map(u -> u.equals(underlinedText(d))).orElse(true);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + severity.label() + "[" + code + "]" + underlined.map(u -> " `" + u + "`").orElse("");
    }
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".kijun")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void producesExactlyTheMarkedDiagnostics(String name) throws IOException {
    String text = Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    List<Expected> expected = markers(text);
    List<SourceFile> sources = new ArrayList<>(TestSources.prelude());
    sources.add(new SourceFile(name, text));
    CompilationResult result = KijunCompiler.compile(sources);

    List<Diagnostic> unexpected = new ArrayList<>(result.diagnostics());
    List<Expected> missing = new ArrayList<>();
    for (Expected e : expected) {
      Iterator<Diagnostic> it = unexpected.iterator();
      boolean found = false;
      while (it.hasNext()) {
        Diagnostic d = it.next();
        if (d.span().file().path().equals(name) && e.matches(d)) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(e);
      }
    }
    assertThat(unexpected.stream().map(InlineMarkerFixturesTest::describe).toList())
        .as("diagnostics without a marker in %s", name).isEmpty();
    assertThat(missing).as("markers without a diagnostic in %s; got %s", name,
        result.diagnostics().stream().map(InlineMarkerFixturesTest::describe).toList()).isEmpty();
  }

  @Test
  void markersApplyToTheNextNonMarkerLine() {
    List<Expected> m = markers("a\n// expect-error: SYNTAX\n  // expect-warning: UNUSED_WAIVER w x\nb\n");
    assertThat(m).containsExactly(
        new Expected(4, Severity.ERROR, "SYNTAX", Optional.empty()),
        new Expected(4, Severity.WARNING, "UNUSED_WAIVER", Optional.of("w x")));
  }

  @Test
  void everyFixtureHasAMarker() throws IOException {
    for (String name : fixtures().toList()) {
      assertThat(markers(Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8))).as(name).isNotEmpty();
    }
  }

  static List<Expected> markers(String text) {
    String[] lines = text.split("\n", -1);
    List<Expected> out = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find() && lines[i].strip().startsWith("//")) {
        pending.add(m);
        continue;
      }
      for (Matcher p : pending) {
        Severity severity = p.group(1).equals("error") ? Severity.ERROR : Severity.WARNING;
        out.add(new Expected(i + 1, severity, p.group(2), Optional.ofNullable(p.group(3))));
      }
      pending.clear();
    }
    return out;
  }

  /** The text the renderer underlines: the span's text on its first line. */
  static String underlinedText(Diagnostic d) {
    String t = d.span().text();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).stripTrailing();
  }

  private static String describe(Diagnostic d) {
    return "line " + d.span().line() + ": " + d.severity().label() + "[" + d.code() + "] `" + underlinedText(d) + "` "
        + d.message();
  }
}
