package dev.kijun.compiler.export;

import dev.kijun.compiler.explain.Golden;
import dev.kijun.compiler.explain.ModelFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Schema and catalogs of the fixture program, compared with golden files. */
class ExportGoldenTest {
  private final ModelFixtures m = new ModelFixtures();

  @Test
  void evidenceJsonSchema() {
    Golden.check("export/facility_json_schema", List.of(JsonSchemaGenerator.generate(m.schema)));
  }

  @Test
  void catalogs() {
    Golden.check("export/demo_two_editions_catalog",
        List.of(CatalogGenerator.generate(m.program, m.ed1), CatalogGenerator.generate(m.program, m.ed2)));
  }
}
