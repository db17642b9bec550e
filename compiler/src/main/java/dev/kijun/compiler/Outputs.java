package dev.kijun.compiler;

import dev.kijun.compiler.codegen.JavaGenerator;
import dev.kijun.compiler.diff.DiffHtmlRenderer;
import dev.kijun.compiler.diff.DiffMarkdownRenderer;
import dev.kijun.compiler.diff.EditionChanges;
import dev.kijun.compiler.diff.EditionDiff;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.docs.HtmlSiteGenerator;
import dev.kijun.compiler.docs.MarkdownGenerator;
import dev.kijun.compiler.export.CatalogGenerator;
import dev.kijun.compiler.export.JsonSchemaGenerator;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.output.OutputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every generator, by output kind, with the folder layout of {@code kijun compile --out}: {@code java/},
 * {@code resources/}, {@code docs/html/}, {@code docs/md/}, {@code schema/}, {@code catalog/}. Pure.
 */
public final class Outputs {
  private Outputs() {}

  /** Generated Java and its service registration. */
  public static List<OutputFile> java(Program program) {
    return JavaGenerator.generate(program);
  }

  /** The HTML site and the Markdown pages of every edition. */
  public static List<OutputFile> docs(Program program, boolean html, boolean markdown) {
    List<OutputFile> files = new ArrayList<>();
    if (html) {
      files.add(HtmlSiteGenerator.generateRoot(program).under("docs/html"));
      for (Edition e : program.editions()) {
        HtmlSiteGenerator.generate(program, e).forEach(f -> files.add(f.under("docs/html")));
      }
    }
    if (markdown) {
      files.add(MarkdownGenerator.generateRoot(program).under("docs/md"));
      for (Edition e : program.editions()) {
        MarkdownGenerator.generate(program, e).forEach(f -> files.add(f.under("docs/md")));
      }
    }
    // What changed from each predecessor: one page per mapping, beside the target edition's index.
    for (Mapping m : program.mappings()) {
      EditionChanges changes = EditionDiff.diff(program, m);
      String page = changesPage(m);
      if (html) {
        files.add(new OutputFile("docs/html/" + page + ".html", DiffHtmlRenderer.render(changes)));
      }
      if (markdown) {
        files.add(new OutputFile("docs/md/" + page + ".md", DiffMarkdownRenderer.render(changes)));
      }
    }
    return sorted(files);
  }

  /** {@code <doc>/<edition>/changes-from-<doc>@<edition>} for the target edition of {@code m} (no extension). */
  public static String changesPage(Mapping m) {
    String[] target = m.target().split("@", 2);
    return target[0] + "/" + target[1] + "/changes-from-" + m.source();
  }

  /** JSON Schema of each evidence schema and the JSON catalog of each edition. */
  public static List<OutputFile> exports(Program program) {
    List<OutputFile> files = new ArrayList<>();
    for (Schema s : program.schemas()) {
      files.add(JsonSchemaGenerator.generate(s).under("schema"));
    }
    for (Edition e : program.editions()) {
      files.add(CatalogGenerator.generate(program, e).under("catalog"));
    }
    return sorted(files);
  }

  /** Everything. */
  public static List<OutputFile> all(Program program) {
    List<OutputFile> files = new ArrayList<>(java(program));
    files.addAll(docs(program, true, true));
    files.addAll(exports(program));
    return sorted(files);
  }

  private static List<OutputFile> sorted(List<OutputFile> files) {
    files.sort(Comparator.comparing(OutputFile::path));
    return List.copyOf(files);
  }
}
