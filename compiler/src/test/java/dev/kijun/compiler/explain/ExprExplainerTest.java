package dev.kijun.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.expr.TypedExpr;
import org.junit.jupiter.api.Test;

class ExprExplainerTest {
  private final ModelFixtures m = new ModelFixtures();

  private TypedExpr body(Requirement r, int check) {
    return ((Check.Automated) r.checks().get(check)).body();
  }

  @Test
  void quantifierWithWhereReadsAsWhose() {
    TypedExpr body = body(m.ed1.requirement("6.11.C.11").orElseThrow(), 0);
    assertThat(ExprExplainer.explain(body).plain()).isEqualTo(
        "for every endpoint in `endpoints` whose `exposure` is `OPEN_NETWORK` and whose `ipsecVpn` is false: "
            + "(`tls.versions` contains only `TLS_1_3` or an unexpired waiver `tls12Fallback` is recorded for `id`) "
            + "and `tls.clientCertificate` is `REQUIRED`");
  }

  @Test
  void briefExampleReadsAsSpecified() {
    TypedExpr full = body(m.ed1.requirement("6.11.C.11").orElseThrow(), 0);
    TypedExpr.Quantified q = (TypedExpr.Quantified) full;
    TypedExpr.Logical and = (TypedExpr.Logical) q.body();
    TypedExpr.Logical or = (TypedExpr.Logical) and.left();
    TypedExpr simple = new TypedExpr.Quantified(true, q.variable(), q.list(), q.filter(), or.left(), q.span());
    assertThat(ExprExplainer.explain(simple).plain()).isEqualTo("for every endpoint in `endpoints` whose `exposure` "
        + "is `OPEN_NETWORK` and whose `ipsecVpn` is false: `tls.versions` contains only `TLS_1_3`");
  }

  @Test
  void countUniqueDatesAndImplication() {
    TypedExpr body = body(m.ed1.requirement("6.12.D.1").orElseThrow(), 0);
    assertThat(ExprExplainer.explain(body).plain()).isEqualTo(
        "no two devices in `devices` share the same `id` and the number of devices in `devices` whose "
            + "`adminCredential` is present and whose `adminCredential.factoryDefault` is true is 0 and "
            + "(for every device in `devices` whose `kind` is `SERVER`: if `lastSecurityPatch` is present then "
            + "`lastSecurityPatch` is on or after 90 days before the assessment date)");
  }

  @Test
  void existsNestedQuantifiersAndAnswers() {
    Requirement d1 = m.ed1.requirement("6.12.D.1").orElseThrow();
    assertThat(ExprExplainer.explain(d1.applies().orElseThrow()).plain())
        .isEqualTo("there is a device in `devices` such that `kind` is `SERVER`");
    TypedExpr sys = body(m.ed2.requirement("SYS.13.6").orElseThrow(), 0);
    assertThat(ExprExplainer.explain(sys).plain()).isEqualTo("for every endpoint in `endpoints` whose `tls` is "
        + "present: for every tls version in `tls.versions`: the tls version is in `STRONG_VERSIONS`");
    TypedExpr answer = body(m.ed1.requirement("6.11.C.12").orElseThrow(), 2);
    assertThat(ExprExplainer.explain(answer).plain())
        .isEqualTo("the answer to `demo-guideline@1.0/6.11.C.12` is not `NO`");
  }

  @Test
  void negationsAreRephrased() {
    ModelFixtures.Exprs x = m.x;
    TypedExpr e = x.not(new TypedExpr.Presence(x.get(x.root(), "devices"), true, x.span()));
    assertThat(ExprExplainer.explain(e).plain()).isEqualTo("`devices` is absent");
    TypedExpr notAnd = x.not(x.and(new TypedExpr.BooleanLit(true, x.span()), new TypedExpr.BooleanLit(false,
        x.span())));
    assertThat(ExprExplainer.explain(notAnd).plain())
        .isEqualTo("it is not the case that (always true and always false)");
  }

  @Test
  void explanationKeepsCodeApart() {
    Explanation e = ExprExplainer.explain(body(m.ed1.requirement("6.11.C.12").orElseThrow(), 2));
    assertThat(e.segments()).extracting(Explanation.Segment::code).containsExactly(false, true, false, true);
    assertThat(e.segments().get(1).text()).isEqualTo("demo-guideline@1.0/6.11.C.12");
  }
}
