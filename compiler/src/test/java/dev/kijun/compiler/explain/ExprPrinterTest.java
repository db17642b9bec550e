package dev.kijun.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.expr.TypedExpr;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExprPrinterTest {
  private final ModelFixtures m = new ModelFixtures();
  private final ModelFixtures.Exprs x = m.x;

  private TypedExpr body(Requirement r, int check) {
    return ((Check.Automated) r.checks().get(check)).body();
  }

  private TypedExpr bool(boolean b) {
    return new TypedExpr.BooleanLit(b, x.span());
  }

  @Test
  void printsCanonicalSource() {
    assertThat(ExprPrinter.print(body(m.ed1.requirement("6.11.C.11").orElseThrow(), 0))).isEqualTo(
        "forall e in endpoints where e.exposure == OPEN_NETWORK and not e.ipsecVpn: "
            + "(e.tls.versions subset of [TLS_1_3] or waived tls12Fallback for e.id) "
            + "and e.tls.clientCertificate == REQUIRED");
    assertThat(ExprPrinter.print(body(m.ed1.requirement("6.12.D.1").orElseThrow(), 0))).isEqualTo(
        "unique(d in devices: d.id) and count(d in devices where d.adminCredential is present and "
            + "d.adminCredential.factoryDefault) == 0 and (forall d in devices where d.kind == SERVER: "
            + "d.lastSecurityPatch is present implies d.lastSecurityPatch >= asOf - 90 days)");
    assertThat(ExprPrinter.print(body(m.ed2.requirement("SYS.13.6").orElseThrow(), 0))).isEqualTo(
        "forall e in endpoints where e.tls is present: forall v in e.tls.versions: v in STRONG_VERSIONS");
    assertThat(ExprPrinter.print(body(m.ed1.requirement("6.11.C.12").orElseThrow(), 2)))
        .isEqualTo("answer(\"6.11.C.12\") != NO");
  }

  @Test
  void parenthesesFollowAssociativity() {
    TypedExpr a = bool(true);
    TypedExpr b = bool(false);
    TypedExpr leftNested = new TypedExpr.Logical(LogicalOp.OR, x.or(a, b), a, x.span());
    TypedExpr rightNested = new TypedExpr.Logical(LogicalOp.OR, a, x.or(a, b), x.span());
    assertThat(ExprPrinter.print(leftNested)).isEqualTo("true or false or true");
    assertThat(ExprPrinter.print(rightNested)).isEqualTo("true or (true or false)");
    TypedExpr impl = new TypedExpr.Logical(LogicalOp.IMPLIES, a,
        new TypedExpr.Logical(LogicalOp.IMPLIES, a, b, x.span()), x.span());
    TypedExpr implLeft = new TypedExpr.Logical(LogicalOp.IMPLIES,
        new TypedExpr.Logical(LogicalOp.IMPLIES, a, b, x.span()), a, x.span());
    assertThat(ExprPrinter.print(impl)).isEqualTo("true implies true implies false");
    assertThat(ExprPrinter.print(implLeft)).isEqualTo("(true implies false) implies true");
    assertThat(ExprPrinter.print(x.not(x.and(a, b)))).isEqualTo("not (true and false)");
    assertThat(ExprPrinter.print(x.and(x.not(a), b))).isEqualTo("not true and false");
  }

  @Test
  void literalsAreEscapedAndTyped() {
    assertThat(ExprPrinter.print(new TypedExpr.StringLit("a \"b\" \\ c\n", x.span())))
        .isEqualTo("\"a \\\"b\\\" \\\\ c\\n\"");
    assertThat(ExprPrinter.print(new TypedExpr.NumberLit(new BigDecimal("2"), x.span()))).isEqualTo("2.0");
    assertThat(ExprPrinter.print(new TypedExpr.NumberLit(new BigDecimal("1.50"), x.span()))).isEqualTo("1.50");
    assertThat(ExprPrinter.print(x.lit(m.tlsVersion, "TLS_1_2"))).isEqualTo("TlsVersion.TLS_1_2");
    assertThat(ExprPrinter.print(x.eq(x.lit(m.tlsVersion, "TLS_1_2"), x.lit(m.tlsVersion, "TLS_1_3"))))
        .isEqualTo("TlsVersion.TLS_1_2 == TlsVersion.TLS_1_3");
  }

  @Test
  void sourceTextIsDedented() {
    assertThat(SourceText.dedent("forall e in L:\n          a\n            and b\n", -1))
        .isEqualTo("forall e in L:\na\n  and b");
    assertThat(SourceText.dedent("forall e in L:\n          a\n            and b\n", 8))
        .isEqualTo("forall e in L:\n  a\n    and b");
    Check.Automated c11 = (Check.Automated) m.ed1.requirement("6.11.C.11").orElseThrow().checks().get(0);
    assertThat(SourceText.of(c11)).isEqualTo("forall e in endpoints where e.exposure == OPEN_NETWORK and not e.ipsecVpn:\n"
        + "  (e.tls.versions subset of [TLS_1_3] or waived tls12Fallback for e.id)\n"
        + "  and e.tls.clientCertificate == REQUIRED");
    Check.Automated blank = new Check.Automated("x", bool(true), "", x.span());
    assertThat(SourceText.of(blank)).isEqualTo("true");
  }
}
