package dev.kijun.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Expr;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser on well-formed input: operator precedence and associativity, and doc comments. */
class ParserTest {
  /** Parses {@code expr} as the body of an automated check and prints it fully parenthesised. */
  private static String tree(String expr) {
    String text = "edition \"demo@1\";\nrequirement \"1\" { check automated \"x\" { " + expr + " } }\n";
    Diagnostics diagnostics = new Diagnostics();
    KijunFile file = SourceParser.parse(new SourceFile("t.kijun", text), diagnostics);
    assertThat(diagnostics.sorted()).as("syntax errors in %s", expr).isEmpty();
    Decl.RequirementDecl r = (Decl.RequirementDecl) file.declarations().get(0);
    return show(((Decl.AutomatedCheck) r.items().get(0)).body());
  }

  private static String show(Expr e) {
    if (e instanceof Expr.Logical l) {
      return "(" + l.op().name().toLowerCase() + " " + show(l.left()) + " " + show(l.right()) + ")";
    }
    if (e instanceof Expr.Not n) {
      return "(not " + show(n.operand()) + ")";
    }
    if (e instanceof Expr.Quantifier q) {
      return "(" + (q.forall() ? "forall " : "exists ") + q.var().text() + " " + show(q.list())
          + q.filter().map(f -> " where " + show(f)).orElse("") + " : " + show(q.body()) + ")";
    }
    if (e instanceof Expr.Comparison c) {
      return "(" + c.op().symbol() + " " + show(c.left()) + " " + show(c.right()) + ")";
    }
    if (e instanceof Expr.Membership m) {
      return "(" + (m.negated() ? "not-in " : "in ") + show(m.element()) + " " + show(m.list()) + ")";
    }
    if (e instanceof Expr.Subset s) {
      return "(subset " + show(s.left()) + " " + show(s.right()) + ")";
    }
    if (e instanceof Expr.Presence p) {
      return "(" + (p.present() ? "present " : "absent ") + show(p.operand()) + ")";
    }
    if (e instanceof Expr.DateShift d) {
      return "(" + (d.plus() ? "+ " : "- ") + show(d.base()) + " " + d.amount() + " " + d.unit().name().toLowerCase() + ")";
    }
    if (e instanceof Expr.FieldAccess f) {
      return show(f.target()) + "." + f.field().text();
    }
    if (e instanceof Expr.Name n) {
      return n.name().text();
    }
    if (e instanceof Expr.IntegerLiteral i) {
      return Long.toString(i.value());
    }
    if (e instanceof Expr.ListLiteral l) {
      return l.elements().stream().map(ParserTest::show).collect(Collectors.joining(" ", "[", "]"));
    }
    if (e instanceof Expr.Count c) {
      return "(count " + c.var().text() + " " + show(c.list()) + c.filter().map(f -> " where " + show(f)).orElse("") + ")";
    }
    if (e instanceof Expr.AsOf) {
      return "asOf";
    }
    return e.getClass().getSimpleName();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a and b or c                       | (or (and a b) c)",
      "a or b and c                       | (or a (and b c))",
      "not a and b                        | (and (not a) b)",
      "not a == b                         | (not (== a b))",
      "a implies b implies c              | (implies a (implies b c))",
      "a or b implies c                   | (implies (or a b) c)",
      "forall x in xs: a and b            | (forall x xs : (and a b))",
      "forall x in xs: a implies b or c   | (forall x xs : (implies a (or b c)))",
      "a and forall x in xs: b or c       | (and a (forall x xs : (or b c)))",
      "exists x in xs where p and q: r    | (exists x xs where (and p q) : r)",
      "(a or b) and c                     | (and (or a b) c)",
      "x.y.z == 3                         | (== x.y.z 3)",
      "asOf - 30 days >= d.patched        | (>= (- asOf 30 days) d.patched)",
      "a + 1 year + 2 months < b          | (< (+ (+ a 1 years) 2 months) b)",
      "x not in [1, 2] or y in L          | (or (not-in x [1 2]) (in y L))",
      "v subset of [A, B] and p is absent | (and (subset v [A B]) (absent p))",
      "count(d in ds where d.k == K) > 0  | (> (count d ds where (== d.k K)) 0)",
  })
  void precedenceAndAssociativity(String source, String expected) {
    assertThat(tree(source)).isEqualTo(expected);
  }

  @Test
  void docCommentsAttachToTheFollowingDeclaration() {
    String text = """
        schema "s";
        /** The root.
         *  Second line. */
        record R {
          /** A field. */
          f: string
          // not a doc comment
          g: integer
        }
        /* a block comment, not a doc comment */
        enum E {
          /** First. */ A,
          B
        }
        root R
        """;
    Diagnostics diagnostics = new Diagnostics();
    KijunFile file = SourceParser.parse(new SourceFile("s.kijun", text), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    Decl.RecordDecl r = (Decl.RecordDecl) file.declarations().get(0);
    assertThat(r.doc()).contains("The root. Second line.");
    assertThat(r.fields().get(0).doc()).contains("A field.");
    assertThat(r.fields().get(1).doc()).isEmpty();
    Decl.EnumDecl e = (Decl.EnumDecl) file.declarations().get(1);
    assertThat(e.doc()).isEmpty();
    assertThat(e.constants().get(0).doc()).contains("First.");
    assertThat(e.constants().get(1).doc()).isEmpty();
  }

  @Test
  void keywordsThatOpenItemsAreUsableAsFieldNames() {
    Diagnostics diagnostics = new Diagnostics();
    KijunFile file = SourceParser.parse(new SourceFile("s.kijun",
        "schema \"s\";\nrecord R { source: string  status: string  level: integer }\nroot R\n"), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(((Decl.RecordDecl) file.declarations().get(0)).fields())
        .extracting(f -> f.name().text()).containsExactly("source", "status", "level");
  }

  @Test
  void spansTakeNoPartInTreeEquality() {
    String expr = "forall d in devices where d.kind == SERVER: d.lastPatch >= asOf - 90 days";
    Diagnostics diagnostics = new Diagnostics();
    KijunFile a = SourceParser.parse(new SourceFile("a.kijun", "edition \"demo@1\";\nrequirement \"1\" { check automated \"x\" { "
        + expr + " } }\n"), diagnostics);
    KijunFile b = SourceParser.parse(new SourceFile("b.kijun", "edition \"demo@1\";\n\n\n  requirement \"1\" {\n"
        + "  check automated \"x\" {\n      " + expr + "\n  }\n}\n"), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(a.declarations()).isEqualTo(b.declarations());
    assertThat(a.declarations().hashCode()).isEqualTo(b.declarations().hashCode());
  }
}
