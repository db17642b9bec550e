package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.output.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No absolute path of an authoring machine in the repository's sources and docs, nor in anything generated from the
 * guidelines (Java, docs site, catalogs, schemas, the coverage file): such a path means nothing to a reader and leaks
 * how one machine was set up. Relative paths and URLs are fine.
 */
class NoMachinePathsTest {
  static final Path REPOSITORY = Path.of("..");
  /** Built from pieces so this file does not match itself. */
  static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.\\-/~:])/(?:" + String.join("|",
      List.of("wo" + "rk", "tm" + "p", "ro" + "ot", "ho" + "me")) + ")/[\\w.\\-]");
  static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");
  static final Set<String> TEXT = Set.of("java", "kijun", "md", "json", "xml", "g4", "txt", "html", "properties",
      "sh", "yml", "yaml", "tsv", "csv");

  @Test
  void thePatternFindsMachinePathsAndLeavesUrlsAndRelativePathsAlone() {
    assertThat(found("see /" + "work/shared/x.md and /" + "home/me/y")).hasSize(2);
    assertThat(found("written to /" + "tmp/out, read from /" + "root/.m2")).hasSize(2);
    assertThat(found("https://example.org/" + "home/page, guidelines/" + "work/x, ~/" + "tmp/x")).isEmpty();
  }

  @Test
  void repositorySourcesAndDocsHoldNone() throws IOException {
    List<String> hits = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      for (Path f : files.filter(NoMachinePathsTest::scanned).sorted().toList()) {
        scanned++;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        found(text).forEach(h -> hits.add(REPOSITORY.relativize(f) + ": " + h));
      }
    }
    assertThat(scanned).as("files scanned").isGreaterThan(100);
    assertThat(hits).as("absolute machine paths; cite a neutral description instead").isEmpty();
  }

  @Test
  void aFreshlyGeneratedSiteHoldsNone() throws IOException {
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(
        Sources.read(List.of(CompiledGuidelines.GUIDELINES), REPOSITORY));
    assertThat(result.hasErrors()).isFalse();
    List<OutputFile> generated = new ArrayList<>(Outputs.all(result.program().orElseThrow()));
    generated.add(Outputs.content(result.program().orElseThrow()));
    List<String> hits = new ArrayList<>();
    for (OutputFile f : generated) {
      found(f.content()).forEach(h -> hits.add(f.path() + ": " + h));
    }
    assertThat(generated).hasSizeGreaterThan(10);
    assertThat(hits).isEmpty();
  }

  private static boolean scanned(Path p) {
    for (Path part : REPOSITORY.relativize(p)) {
      String name = part.toString();
      if (SKIPPED_DIRECTORIES.contains(name) || name.startsWith(".")) {
        return false;
      }
    }
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return Files.isRegularFile(p) && (dot < 0 ? name.equals("kijun") : TEXT.contains(name.substring(dot + 1)));
  }

  /** Each match with a little context. */
  static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = MACHINE_PATH.matcher(text);
    while (m.find()) {
      int end = Math.min(text.length(), m.end() + 30);
      out.add(text.substring(m.start(), end).split("\\s", 2)[0]);
    }
    return out;
  }
}
