package dev.kijun.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "For tool builders" example is taken from README.md as it stands, compiled against this jar's class
 * path and run on the sample clinic, so the README cannot drift from the API. The versions it tells readers to use are
 * the build's.
 */
class ReadmeSnippetTest {
  static final Path README = Path.of("../README.md");
  static final Path CLINIC = Path.of("examples/clinic.json");

  @Test
  void theToolBuilderExampleCompilesAndPrintsAReport(@TempDir Path dir) throws Exception {
    String java = block(section("## For tool builders"), "java");
    Matcher name = Pattern.compile("public class (\\w+)").matcher(java);
    assertThat(name.find()).as("the example declares a public class").isTrue();
    Path source = dir.resolve(name.group(1) + ".java");
    Files.writeString(source, java, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, fm, diagnostics, List.of("--release", "17", "-Xlint:all", "-Werror",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()), null,
          fm.getJavaFileObjects(source)).call();
      List<String> messages = new ArrayList<>();
      diagnostics.getDiagnostics().forEach(d -> messages.add(d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)));
      assertThat(ok).as("README example compiles: %s", messages).isTrue();
    }

    String out = run(classes, name.group(1), CLINIC.toString());
    assertThat(out).contains("kijun report", "mhlw-checklist@R7", "2.8 check 1: NOT_SATISFIED [devices[0].adminCredential.fingerprint",
        "failing verdicts");
  }

  @Test
  void theVersionsTheReadmeNamesAreTheBuildsVersion() throws Exception {
    Matcher parent = Pattern.compile("<artifactId>kijun-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("../pom.xml")));
    assertThat(parent.find()).isTrue();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher dependency = Pattern.compile("<artifactId>(kijun-[a-z-]+)</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(readme);
    int found = 0;
    while (dependency.find()) {
      found++;
      assertThat(dependency.group(2)).as(dependency.group(1)).isEqualTo(parent.group(1));
    }
    assertThat(found).as("kijun artifacts with versions in the README").isGreaterThanOrEqualTo(2);
  }

  static String run(Path classes, String className, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeSnippetTest.class.getClassLoader());
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(out);
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  static String section(String heading) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length() + 2);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  static String block(String text, String language) {
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("a ```%s block", language).isTrue();
    return m.group(1);
  }
}
