package dev.kijun.compiler.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.testing.TestSources;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver on well-formed input: names, defaults, structure paths and inherited conditions. */
class ResolverTest {
  private static final String ITEMS = "level mandatory status verified source \"s\" summary ja \"j\" summary en \"e\"\n";

  private static Edition compile(String edition) {
    CompilationResult result = TestSources.compileWithPrelude(edition);
    assertThat(DiagnosticRenderer.render(result.diagnostics())).isEqualTo("0 errors, 0 warnings\n");
    return result.program().orElseThrow().edition("demo@1").orElseThrow();
  }

  private static Schema schema() {
    return dev.kijun.compiler.KijunCompiler.compile(TestSources.prelude()).program().orElseThrow().schemas().get(0);
  }

  private static List<TypedExpr.EnumLit> enumLiterals(TypedExpr e) {
    List<TypedExpr.EnumLit> out = new ArrayList<>();
    ExprWalker.walk(e, x -> {
      if (x instanceof TypedExpr.EnumLit l) {
        out.add(l);
      }
    });
    return out;
  }

  private static TypedExpr body(Requirement r) {
    return ((Check.Automated) r.checks().get(0)).body();
  }

  @Test
  void bareEnumConstantsResolveByTheExpectedType() {
    Edition e = compile("""
        edition "demo@1";
        requirement "1" {
          %s  check automated "x" {
            forall d in devices: d.kind == SERVER and SERVER == d.kind and d.kind in [CLIENT_PC]
              and (forall x in endpoints: x.exposure != INTERNAL and x.tls is present
                implies TLS_1_3 in x.tls.versions and x.tls.minVersion >= TlsVersion.TLS_1_2)
          }
        }
        """.formatted(ITEMS));
    List<TypedExpr.EnumLit> literals = enumLiterals(body(e.requirements().get(0)));
    assertThat(literals).extracting(l -> l.def().name() + "." + l.constant().name()).containsExactly(
        "DeviceKind.SERVER", "DeviceKind.SERVER", "DeviceKind.CLIENT_PC", "Exposure.INTERNAL", "TlsVersion.TLS_1_3",
        "TlsVersion.TLS_1_2");
  }

  @Test
  void answerConstantsResolveAgainstTheBuiltinAnswerEnum() {
    Edition e = compile("""
        edition "demo@1";
        requirement "gate" {
          %s  check question { ask ja "j" ask en "e" }
        }
        requirement "2" {
          %s  applies when answer("gate") != NO
          check review "x"
        }
        """.formatted(ITEMS, ITEMS));
    List<TypedExpr.EnumLit> literals = enumLiterals(e.requirement("2").orElseThrow().applies().orElseThrow());
    assertThat(literals).singleElement().satisfies(l -> {
      assertThat(l.def()).isSameAs(Builtins.ANSWER);
      assertThat(l.constant().name()).isEqualTo("NO");
    });
  }

  @Test
  void docCommentsReachTheModel() {
    Schema s = TestSources.compileWithPrelude("--- other.kijun\n" + """
        schema "other";
        /** A thing. */
        record Thing {
          /** Its name. */
          name: string
          mode: Mode?
        }
        /** Modes. */
        enum Mode { /** On. */ ON, OFF }
        root Thing
        """).program().orElseThrow().schemas().stream().filter(x -> x.name().equals("other")).findFirst().orElseThrow();
    RecordDef thing = s.root();
    assertThat(thing.doc()).contains("A thing.");
    assertThat(thing.field("name")).map(FieldDef::doc).contains(java.util.Optional.of("Its name."));
    assertThat(thing.field("mode")).map(FieldDef::optional).contains(true);
    EnumDef mode = s.enums().get(0);
    assertThat(mode.doc()).contains("Modes.");
    assertThat(mode.constants()).extracting(EnumDef.EnumConstant::doc)
        .containsExactly(java.util.Optional.of("On."), java.util.Optional.empty());
  }

  @Test
  void structurePathsJoinOrKeepNumbers() {
    Edition e = compile("""
        edition "demo@1";
        volume "SYS" {
          chapter "13" {
            requirement "SYS.13.1" { %s  check review "x" }
          }
        }
        chapter "6" {
          section "6.11" {
            section "C" {
              requirement "6.11.C.1" { %s  check review "x" }
            }
          }
        }
        """.formatted(ITEMS, ITEMS));
    assertThat(e.allNodes()).extracting(StructureNode::path).containsExactly("SYS", "SYS.13", "6", "6.11", "6.11.C");
    assertThat(e.requirement("SYS.13.1")).map(Requirement::parentPath).contains("SYS.13");
    assertThat(e.requirement("6.11.C.1")).map(Requirement::parentPath).contains("6.11.C");
  }

  @Test
  void appliesWhenIsInheritedFromEnclosingNodes() {
    Edition e = compile("""
        edition "demo@1";
        chapter "6" {
          applies when count(d in devices) > 0
          section "6.1" {
            applies when count(x in endpoints) > 1
            requirement "6.1.1" {
              %s  applies when inspectedOn >= 2025-01-01
              check review "x"
            }
            requirement "6.1.2" { %s  check review "x" }
          }
          requirement "6.2" { %s  check review "x" }
        }
        requirement "7" { %s  check review "x" }
        """.formatted(ITEMS, ITEMS, ITEMS, ITEMS));
    assertThat(e.requirement("6.1.1").orElseThrow().applies()).map(ResolverTest::conjuncts)
        .contains(List.of("count(d in devices) > 0", "count(x in endpoints) > 1", "inspectedOn >= 2025-01-01"));
    assertThat(e.requirement("6.1.2").orElseThrow().applies()).map(ResolverTest::conjuncts)
        .contains(List.of("count(d in devices) > 0", "count(x in endpoints) > 1"));
    assertThat(e.requirement("6.2").orElseThrow().applies()).map(ResolverTest::conjuncts)
        .contains(List.of("count(d in devices) > 0"));
    assertThat(e.requirement("7").orElseThrow().applies()).isEmpty();
  }

  /** The source text of each operand of a left-nested `and` chain. */
  private static List<String> conjuncts(TypedExpr e) {
    List<String> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(TypedExpr e, List<String> out) {
    if (e instanceof TypedExpr.Logical l && l.op() == dev.kijun.compiler.ast.Expr.LogicalOp.AND) {
      collect(l.left(), out);
      collect(l.right(), out);
    } else {
      out.add(e.span().text());
    }
  }

  @Test
  void defaultsAreAllAudiencesAndAllSystems() {
    Edition e = compile("""
        edition "demo@1";
        requirement "1" { %s  check review "x" }
        requirement "2" {
          level recommended status recalled "why" source "s" page "3" note "n" summary ja "j" summary en "e"
          audience vendor, pharmacy
          targets server, client-pc, server
          check review "x"
        }
        """.formatted(ITEMS));
    Requirement r1 = e.requirement("1").orElseThrow();
    assertThat(r1.audience()).containsExactlyInAnyOrder(Audience.values());
    assertThat(r1.audience()).hasSize(3);
    assertThat(r1.targets()).containsExactly(Target.ALL_SYSTEMS);
    assertThat(r1.level()).contains(Level.MANDATORY);
    assertThat(r1.title().en()).isEmpty();
    Requirement r2 = e.requirement("2").orElseThrow();
    assertThat(r2.audience()).containsExactlyInAnyOrder(Audience.VENDOR, Audience.PHARMACY);
    assertThat(r2.targets()).containsExactly(Target.SERVER, Target.CLIENT_PC);
    assertThat(r2.level()).contains(Level.RECOMMENDED);
    assertThat(r2.status()).isEqualTo(Status.RECALLED);
    assertThat(r2.statusNote()).isEqualTo("why");
    assertThat(r2.source().page()).isEqualTo("3");
  }

  @Test
  void sharedSchemaResolvesItsRootAndConstants() {
    Schema s = schema();
    assertThat(s.root().name()).isEqualTo("Facts");
    assertThat(s.constants()).extracting(c -> c.name()).containsExactly("SAFE_PORTS");
    assertThat(s.enums()).extracting(EnumDef::name).containsExactly("TlsVersion", "Exposure", "DeviceKind");
    assertThat(s.enums().get(0).ordered()).isTrue();
    assertThat(s.enums().get(1).ordered()).isFalse();
  }
}
