package dev.kijun.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

/** Only code that reads nothing but the facts and the date gets a key; equal code and type give equal keys. */
class SharedCheckKeyTest {
  private static final ClassName ROOT = ClassName.get("a.b", "Facts");
  private static final ClassName TRUTH = ClassName.get("dev.kijun.runtime.eval", "Truth");

  private static CodeBlock pure(String field) {
    return CodeBlock.builder().addStatement("$T t_0 = $T.TRUE", TRUTH, TRUTH)
        .beginControlFlow("for (int i_1 = 0; i_1 < facts.devices().size(); i_1++)")
        .addStatement("if (facts.devices().get(i_1).$L() == null) ev.missing($S, null, $S, $S, i_1)", field, "Device",
            "\"CLAUSE_0 answerValue(x)\"", "devices[")
        .endControlFlow().addStatement("return t_0").build();
  }

  @Test
  void pureCodeIsKeyedByItsTextAndEvidenceType() {
    assertThat(SharedCheckKey.of(ROOT, pure("id"))).isPresent().isEqualTo(SharedCheckKey.of(ROOT, pure("id")));
    assertThat(SharedCheckKey.of(ROOT, pure("id"))).isNotEqualTo(SharedCheckKey.of(ROOT, pure("kind")));
    assertThat(SharedCheckKey.of(ROOT, pure("id")))
        .isNotEqualTo(SharedCheckKey.of(ClassName.get("c.d", "Facts"), pure("id")));
  }

  @Test
  void classLocalValuesAnswersWaiversAndLocalMethodsKeepACheckLocal() {
    for (String statement : new String[] {"t_0 = CLAUSE_0 == null", "t_0 = LIST_3.contains(x)",
        "AnswerValue a_1 = ev.answerValue(c)", "boolean w = ev.waived(\"w\", s)", "ev.noWaiver(\"w\", s)",
        "Object a = ev.assessment()", "t_0 = part2(facts, ev)", "t_0 = SERVER == k"}) {
      CodeBlock code = pure("id").toBuilder().addStatement(statement).build();
      assertThat(SharedCheckKey.of(ROOT, code)).as(statement).isEmpty();
    }
    CodeBlock qualified = pure("id").toBuilder().addStatement("t_0 = $T.LIMIT < 3",
        ClassName.get("a.b", "SchemaConstants")).addStatement("if (x) t_0 = $T.and(t_0, t_0)", TRUTH).build();
    assertThat(SharedCheckKey.of(ROOT, qualified)).as("qualified names are the same everywhere").isPresent();
  }
}
