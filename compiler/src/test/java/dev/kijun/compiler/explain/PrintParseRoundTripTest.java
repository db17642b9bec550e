package dev.kijun.compiler.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Expr;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.syntax.SourceParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printing a typed expression and parsing the text gives back a tree of the same shape. */
class PrintParseRoundTripTest {
  private final ModelFixtures m = new ModelFixtures();
  private final ModelFixtures.Exprs x = m.x;

  private List<TypedExpr> samples() {
    List<TypedExpr> out = new ArrayList<>();
    for (Edition e : m.program.editions()) {
      for (Requirement r : e.requirements()) {
        r.applies().ifPresent(out::add);
        for (Check c : r.checks()) {
          if (c instanceof Check.Automated a) {
            out.add(a.body());
          }
        }
      }
    }
    TypedExpr t = new TypedExpr.BooleanLit(true, x.span());
    TypedExpr f = new TypedExpr.BooleanLit(false, x.span());
    TypedExpr quant = out.get(0);
    out.add(new TypedExpr.Logical(LogicalOp.OR, t, x.or(t, f), x.span()));
    out.add(new TypedExpr.Logical(LogicalOp.IMPLIES, new TypedExpr.Logical(LogicalOp.IMPLIES, t, f, x.span()), t,
        x.span()));
    out.add(new TypedExpr.Logical(LogicalOp.IMPLIES, t, new TypedExpr.Logical(LogicalOp.IMPLIES, t, f, x.span()),
        x.span()));
    out.add(x.not(x.and(t, quant)));
    out.add(x.and(quant, t));
    out.add(new TypedExpr.Logical(LogicalOp.IMPLIES, quant, quant, x.span()));
    out.add(x.eq(x.lit(m.tlsVersion, "TLS_1_2"), x.lit(m.tlsVersion, "TLS_1_3")));
    out.add(x.eq(new TypedExpr.StringLit("a \"quoted\" \\ text\n", x.span()),
        new TypedExpr.StringLit("", x.span())));
    return out;
  }

  @Test
  void printedTextParsesToTheSameShape() {
    for (TypedExpr e : samples()) {
      String printed = ExprPrinter.print(e);
      String text = "edition \"demo-guideline@9.0\";\nrequirement \"1\" {\n  check automated \"x\" { " + printed
          + " }\n}\n";
      Diagnostics diagnostics = new Diagnostics();
      KijunFile file = SourceParser.parse(new SourceFile("roundtrip.kijun", text), diagnostics);
      assertThat(diagnostics.sorted()).as("syntax errors for %s", printed).isEmpty();
      Decl.RequirementDecl req = (Decl.RequirementDecl) file.declarations().get(0);
      Expr parsed = req.items().stream().filter(Decl.AutomatedCheck.class::isInstance)
          .map(i -> ((Decl.AutomatedCheck) i).body()).findFirst().orElseThrow();
      String parsedShape = Shapes.eraseQualifiers(Shapes.of(parsed), List.of("TlsVersion"));
      assertThat(parsedShape).as("shape of %s", printed).isEqualTo(Shapes.of(e));
    }
  }
}
