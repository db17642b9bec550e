package dev.kijun.compiler.e2e;

import dev.kijun.compiler.output.OutputFile;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated files with {@code javax.tools} into a directory and loads them, as a tool builder would. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** The result of compiling: a loader over the classes, every diagnostic javac gave, and the classes' directory. */
  record Compiled(ClassLoader loader, List<String> diagnostics, Path classes) {}

  static Compiled compile(List<OutputFile> files, Path dir) throws IOException {
    return compile(files, dir, null);
  }

  /** Compiles against an earlier compilation's classes (a dependency jar, as it were), loading through its loader. */
  static Compiled compile(List<OutputFile> files, Path dir, Compiled base) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<Path> sources = new ArrayList<>();
    for (OutputFile f : files) {
      Path target = (f.path().startsWith("resources/") ? classes.resolve(f.path().substring("resources/".length()))
          : src.resolve(f.path()));
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content(), StandardCharsets.UTF_8);
      if (f.path().endsWith(".java")) {
        sources.add(target);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xlint:all", "-Xlint:-processing", "--release", "17",
          "-classpath", System.getProperty("java.class.path")
              + (base == null ? "" : java.io.File.pathSeparator + base.classes()), "-d", classes.toString());
      boolean ok = javac.getTask(null, fm, collector, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      List<String> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        diagnostics.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
            + " " + d.getMessage(Locale.ROOT));
      }
      if (!ok) {
        throw new AssertionError("generated Java does not compile:\n" + String.join("\n", diagnostics));
      }
      ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          base == null ? InMemoryJavac.class.getClassLoader() : base.loader());
      return new Compiled(loader, diagnostics, classes);
    }
  }
}
