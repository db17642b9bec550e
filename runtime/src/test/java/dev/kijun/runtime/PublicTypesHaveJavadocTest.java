package dev.kijun.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tool builders read the runtime through its javadoc: every public type (top-level or nested) has a doc comment, and
 * so does every package.
 */
class PublicTypesHaveJavadocTest {
  static final Path SOURCES = Path.of("src/main/java");
  static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeHasADocComment() throws IOException {
    List<String> undocumented = new ArrayList<>();
    int types = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = PUBLIC_TYPE.matcher(lines.get(i));
          if (m.find()) {
            types++;
            if (!documented(lines, i)) {
              undocumented.add(SOURCES.relativize(f) + ":" + (i + 1) + " " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(types).as("public types found").isGreaterThan(30);
    assertThat(undocumented).as("public types without a doc comment").isEmpty();
  }

  @Test
  void everyPackageHasADocComment() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        boolean hasJava;
        try (Stream<Path> children = Files.list(d)) {
          hasJava = children.anyMatch(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"));
        }
        if (hasJava && !Files.readString(orEmpty(d.resolve("package-info.java"))).contains("/**")) {
          missing.add(SOURCES.relativize(d).toString());
        }
      }
    }
    assertThat(missing).as("packages without package-info.java javadoc").isEmpty();
  }

  private static Path orEmpty(Path p) throws IOException {
    if (Files.exists(p)) {
      return p;
    }
    Path empty = Files.createTempFile("none", ".java");
    empty.toFile().deleteOnExit();
    return empty;
  }

  /** The line before the declaration (annotations skipped) closes a comment that opened with {@code /**}. */
  private static boolean documented(List<String> lines, int declaration) {
    int i = declaration - 1;
    while (i >= 0 && (lines.get(i).trim().startsWith("@") || lines.get(i).trim().isEmpty())) {
      i--;
    }
    if (i < 0 || !lines.get(i).trim().endsWith("*/")) {
      return false;
    }
    while (i >= 0 && !lines.get(i).contains("/*")) {
      i--;
    }
    return i >= 0 && lines.get(i).contains("/**");
  }
}
