package dev.kijun.compiler.export;

import dev.kijun.compiler.explain.ModelFixtures;
import dev.kijun.compiler.testing.GoldenFiles;
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
}
