package dev.kijun.compiler.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.explain.ModelFixtures;
import dev.kijun.compiler.model.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-built fixture model and the resolver's model of the same kijun texts give the same exports, so the
 * goldens built on the fixture describe what the real pipeline produces.
 */
class ResolverAgreementTest {
  private final ModelFixtures m = new ModelFixtures();

  private Program compiled() {
    CompilationResult result = dev.kijun.compiler.KijunCompiler.compile(List.of(m.schemaFile, m.ed1File, m.ed2File));
    assertThat(result.diagnostics()).as("diagnostics").allSatisfy(d ->
        assertThat(d.severity().toString()).isNotEqualTo("ERROR"));
    return result.program().orElseThrow();
  }

  @Test
  void catalogsAgree() {
    Program p = compiled();
    for (String key : List.of("demo-guideline@1.0", "demo-guideline@2.0")) {
      assertThat(CatalogGenerator.generate(p, p.edition(key).orElseThrow()).content()).as(key)
          .isEqualTo(CatalogGenerator.generate(m.program, m.program.edition(key).orElseThrow()).content());
    }
  }

  @Test
  void jsonSchemasAgree() {
    Program p = compiled();
    assertThat(JsonSchemaGenerator.generate(p.schemas().get(0)).content())
        .isEqualTo(JsonSchemaGenerator.generate(m.schema).content());
  }
}
