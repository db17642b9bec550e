package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kijun compile} as separate processes: the same tree from any working directory and under any locale the
 * launcher may meet, and an output directory it owns (files it no longer writes are removed, others are left).
 */
class OutputIndependenceTest {
  private record Proc(int exit, String out, String err) {}

  private static Proc kijun(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("kijun-out", ".txt");
    Path err = Files.createTempFile("kijun-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    Proc r = new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void theBundledSourcesCompileToTheSameBytesFromAnyDirectoryAndUnderLangC(@TempDir Path dir) throws Exception {
    Path sources = Path.of(CliTest.GUIDELINES).toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Proc a = kijun(here, Map.of(), "compile", CliTest.GUIDELINES, "--out", dir.resolve("a").toString());
    assertThat(a.exit()).as(a.err()).isZero();
    Proc b = kijun(elsewhere, Map.of(), "compile", sources.toString(), "--out", dir.resolve("b").toString());
    assertThat(b.exit()).as(b.err()).isZero();
    Map<String, String> first = tree(dir.resolve("a"));
    assertThat(first).hasSizeGreaterThan(100);
    assertThat(tree(dir.resolve("b"))).isEqualTo(first);

    // Under LANG=C, with a Japanese path: the launcher's UTF-8 locale gives the same bytes…
    Path japanese = dir.resolve("ガイドライン");
    CliTest.copyTree(sources, japanese);
    Path outJa = dir.resolve("出力");
    Proc c = kijun(elsewhere, Map.of("LANG", "C", "LC_ALL", "C.UTF-8"), "compile", japanese.toString(), "--out",
        outJa.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(tree(outJa)).isEqualTo(first);
    // …and the bare JVM under LC_ALL=C says what to do, in one line, instead of a stack trace.
    Proc d = kijun(elsewhere, Map.of("LANG", "C", "LC_ALL", "C"), "check", japanese.toString());
    assertThat(d.exit()).isEqualTo(Main.BAD_INPUT);
    assertThat(d.err()).contains("cannot be read in this locale's encoding", "LC_ALL=C.UTF-8").doesNotContain("Exception");
  }

  private static final String SCHEMA = "schema \"s\";\nrecord Facts { inspectedOn: date }\nroot Facts\n";

  private static String edition(String... ids) {
    StringBuilder sb = new StringBuilder("edition \"demo@1\";\ndocument {\n  title ja \"t\" en \"t\"\n  publisher \"p\"\n"
        + "  published 2025-01-01\n  source \"https://example.org/x\"\n  evidence \"s\"\n  status verified\n}\n");
    for (String id : ids) {
      sb.append("requirement \"").append(id).append("\" {\n  title ja \"t\" en \"t\"\n  level mandatory\n")
          .append("  audience medical-institution\n  status verified\n  source \"https://example.org/x\"\n")
          .append("  summary ja \"s\"\n  summary en \"s\"\n  check automated \"d\" { inspectedOn <= asOf }\n}\n");
    }
    return sb.toString();
  }

  @Test
  void compileOwnsItsOutputDirectory(@TempDir Path dir) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("s.kijun"), SCHEMA);
    Files.writeString(src.resolve("demo.kijun"), edition("1", "2"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("mine.txt"), "not kijun's");
    Files.createDirectories(out.resolve("java/dev/kijun/generated/demo/v1"));
    Files.writeString(out.resolve("java/dev/kijun/generated/demo/v1/Handwritten.java"), "// not kijun's");
    CliTest.Run first = CliTest.run("compile", src.toString(), "--out", out.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path validator = out.resolve("java/dev/kijun/generated/demo/v1/Clause_2.java");
    assertThat(validator).exists();
    assertThat(Files.readString(out.resolve(".kijun-manifest"))).contains("java/dev/kijun/generated/demo/v1/Clause_2.java");

    Files.writeString(src.resolve("demo.kijun"), edition("1"));
    CliTest.Run again = CliTest.run("compile", src.toString(), "--out", out.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(validator).doesNotExist();
    assertThat(out.resolve("docs/html/demo/1/2.html")).doesNotExist();
    assertThat(out.resolve("docs/html/demo/1/1.html")).exists();
    assertThat(again.out()).contains(" removed)").doesNotContain(" 0 removed");
    assertThat(out.resolve("mine.txt")).hasContent("not kijun's");
    assertThat(out.resolve("java/dev/kijun/generated/demo/v1/Handwritten.java")).exists();
  }
}
