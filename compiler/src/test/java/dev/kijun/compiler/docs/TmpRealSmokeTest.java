package dev.kijun.compiler.docs;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.Compiler;
import dev.kijun.compiler.export.CatalogGenerator;
import dev.kijun.compiler.export.JsonSchemaGenerator;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.compiler.output.OutputWriter;
import dev.kijun.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpRealSmokeTest {
  @Test
  void run() throws Exception {
    Path root = Path.of("../guidelines/src/main/kijun");
    List<SourceFile> sources = new ArrayList<>();
    try (var s = Files.walk(root)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".kijun")).sorted().toList()) {
        sources.add(new SourceFile(root.relativize(p).toString(), Files.readString(p)));
      }
    }
    CompilationResult r = Compiler.compile(sources);
    r.diagnostics().forEach(d -> System.out.println(d));
    Program p = r.program().orElseThrow();
    List<OutputFile> out = new ArrayList<>();
    out.add(HtmlSiteGenerator.generateRoot(p));
    for (Edition e : p.editions()) {
      out.addAll(HtmlSiteGenerator.generate(p, e));
      out.addAll(MarkdownGenerator.generate(p, e));
      out.add(CatalogGenerator.generate(p, e));
    }
    p.schemas().forEach(s -> out.add(JsonSchemaGenerator.generate(s)));
    OutputWriter.write(Path.of("/tmp/site"), out);
  }
}
