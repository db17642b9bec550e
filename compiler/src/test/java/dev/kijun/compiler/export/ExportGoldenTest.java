package dev.kijun.compiler.export;

import dev.kijun.compiler.explain.ModelFixtures;
import dev.kijun.compiler.testing.GoldenFiles;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Schema and catalogs of the fixture program, compared with golden files. */
class ExportGoldenTest {
  private final ModelFixtures m = new ModelFixtures();

  @Test
  void evidenceJsonSchema() {
    GoldenFiles.assertFiles("export/facility_json_schema", List.of(JsonSchemaGenerator.generate(m.schema)));
  }

  @Test
  void catalogs() {
    GoldenFiles.assertFiles("export/demo_two_editions_catalog",
        List.of(CatalogGenerator.generate(m.program, m.ed1), CatalogGenerator.generate(m.program, m.ed2)));
  }

  @Test
  void oscalCatalogs() {
    GoldenFiles.assertFiles("export/demo_two_editions_oscal_catalog",
        List.of(OscalCatalogGenerator.generate(m.ed1), OscalCatalogGenerator.generate(m.ed2)));
  }

  /** A small mapping: every relationship spelling, a split, an official line, a withdrawn and a new clause. */
  @Test
  void oscalMapping() {
    List<SourceFile> files = new ArrayList<>();
    files.add(new SourceFile("s.kijun", "schema \"s\";\nrecord F { n: integer }\nroot F\n"));
    files.add(new SourceFile("a.kijun", edition("doc@1", "2024-01-01", "1.1", "1.2", "1.3", "1.4")));
    files.add(new SourceFile("b.kijun", edition("doc@2", "2025-04-01", "X.1", "X.2", "X.3", "X.9")));
    files.add(new SourceFile("m.kijun", "mapping \"doc@1\" to \"doc@2\";\n"
        + "map \"1.1\" equal \"X.1\" { official doc \"9298\" page \"8\" renumbered rationale \"same words\" }\n"
        + "map \"1.2\" superset-of \"X.2\" { ours split-into confidence medium rationale \"first half\" }\n"
        + "map \"1.2\" superset-of \"X.3\" { ours split-into confidence medium rationale \"second half\" }\n"
        + "map \"1.3\" equivalent \"X.3\" { ours reworded rationale \"same ask, new words\" }\n"
        + "withdrawn \"1.4\" { reason \"obsolete\" }\nnew \"X.9\" { rationale \"added\" }\n"));
    Program program = KijunCompiler.compile(files).program().orElseThrow();
    GoldenFiles.assertFiles("export/demo_oscal_mapping",
        List.of(OscalMappingGenerator.generate(program, program.mappings().get(0))));
  }

  private static String edition(String key, String published, String... ids) {
    StringBuilder sb = new StringBuilder("edition \"" + key + "\";\ndocument { title ja \"文書\" en \"Doc\""
        + " publisher \"p\" published " + published + " source \"https://example.org\" evidence \"s\" status verified }\n");
    for (String id : ids) {
      sb.append("requirement \"").append(id).append("\" { level mandatory status verified source \"u\" summary ja \"あ\""
          + " summary en \"a\" check review \"r\" }\n");
    }
    return sb.toString();
  }
}
