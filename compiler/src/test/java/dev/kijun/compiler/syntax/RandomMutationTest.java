package dev.kijun.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.diag.Diagnostic;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.testing.TestSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No input ever makes the front end throw (STYLE §6 properties): a seeded loop mutates the real guideline sources by
 * deleting, inserting and duplicating characters and tokens (150 mutants of one to three edits each, about 300
 * mutations), and every mutant must compile to a result whose diagnostics render and point inside the sources.
 * The count is bounded by lexing speed: the lexer is slow on the Japanese text of the sources.
 */
class RandomMutationTest {
  private static final long SEED = 20250601L;
  private static final int MUTANTS = 150;
  private static final String[] INSERTS = {"\"", "“", "{", "}", "(", ")", "[", "]", ":", ",", ".", "=", "==", "?", "<",
      "-", "@", "/", "\t", "\n", " ", "/*", "*/", "//", "\\", "x", "Z9", "0", "2026-02-30", "99999999999999999999",
      "forall", "exists", "in", "where", "and", "or", "not", "implies", "is present", "requirement", "section",
      "waived", "answer(\"gate\")", "count(", "unique(", "asOf", "+ 3 days", "record", "enum", "root", "const", "€"};
  private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\w+|[^\\s\\w]");

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void mutatedGuidelinesNeverThrow() {
    List<SourceFile> originals = TestSources.guidelines();
    assertThat(originals).hasSizeGreaterThan(3);
    Random random = new Random(SEED);
    int withErrors = 0;
    for (int i = 0; i < MUTANTS; i++) {
      int target = random.nextInt(originals.size());
      SourceFile original = originals.get(target);
      String mutant = original.text();
      StringBuilder how = new StringBuilder();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        mutant = mutate(mutant, random, how);
      }
      // The mutated file with the schema (so editions resolve against it) and its edition's document block.
      List<SourceFile> sources = new ArrayList<>();
      String dir = directory(original.path());
      for (int j = 0; j < originals.size(); j++) {
        SourceFile f = originals.get(j);
        if (j == target) {
          sources.add(new SourceFile(f.path(), mutant));
        } else if (f.path().startsWith("facility/") || f.path().equals(dir + "/document.kijun")) {
          sources.add(f);
        }
      }
      CompilationResult result;
      String rendered;
      try {
        result = KijunCompiler.compile(sources);
        rendered = DiagnosticRenderer.render(result.diagnostics());
      } catch (RuntimeException | StackOverflowError ex) {
        throw new AssertionError("mutant " + i + " of " + original.path() + " (" + how + ") threw", ex);
      }
      assertThat(rendered).as("mutant %s (%s)", i, how).containsPattern("\\d+ errors?, \\d+ warnings?\\n$");
      for (Diagnostic d : result.diagnostics()) {
        if (d.span().end() > d.span().file().text().length()) {
          fail("mutant %s (%s): span %s beyond the end of %s", i, how, d.span(), d.span().file().path());
        }
      }
      if (result.hasErrors()) {
        withErrors++;
        assertThat(result.program()).as("mutant %s: no program when there are errors", i).isEmpty();
      }
    }
    // The loop only proves something if most mutants are actually broken.
    assertThat(withErrors).isGreaterThan(MUTANTS / 2);
  }

  private static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String mutate(String text, Random random, StringBuilder how) {
    if (text.isEmpty()) {
      how.append("insert into empty; ");
      return INSERTS[random.nextInt(INSERTS.length)];
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(6)) {
      case 0: {
        int len = 1 + random.nextInt(Math.min(8, text.length() - at));
        how.append("delete ").append(len).append(" chars at ").append(at).append("; ");
        return text.substring(0, at) + text.substring(at + len);
      }
      case 1: {
        String s = INSERTS[random.nextInt(INSERTS.length)];
        how.append("insert `").append(s).append("` at ").append(at).append("; ");
        return text.substring(0, at) + s + text.substring(at);
      }
      case 2: {
        int len = 1 + random.nextInt(Math.min(40, text.length() - at));
        how.append("duplicate ").append(len).append(" chars at ").append(at).append("; ");
        return text.substring(0, at + len) + text.substring(at, at + len) + text.substring(at + len);
      }
      default: {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
          tokens.add(new int[] {m.start(), m.end()});
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        String token = text.substring(t[0], t[1]);
        if (random.nextBoolean()) {
          how.append("delete token `").append(token).append("` at ").append(t[0]).append("; ");
          return text.substring(0, t[0]) + text.substring(t[1]);
        }
        int[] u = tokens.get(random.nextInt(tokens.size()));
        how.append("copy token `").append(token).append("` to ").append(u[0]).append("; ");
        return text.substring(0, u[0]) + token + " " + text.substring(u[0]);
      }
    }
  }
}
