package dev.kijun.compiler.explain;

import dev.kijun.compiler.ast.Decl.StructureKind;
import dev.kijun.compiler.ast.Expr.CompareOp;
import dev.kijun.compiler.ast.Expr.DateUnit;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.DocumentInfo;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.EnumDef.EnumConstant;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.FormDef;
import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.ProfileDef;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.model.Text2;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.model.expr.TypedExpr.Compare;
import dev.kijun.compiler.model.expr.TypedExpr.Logical;
import dev.kijun.compiler.model.expr.Variable;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-built resolved model (schema {@code facility}, editions {@code demo-guideline@1.0} and {@code @2.0}) for the
 * generator tests, made without the resolver. The source texts are real kijun, so spans give real lines; the model
 * mirrors them by hand. {@link Exprs} builds typed expressions for the explainer and printer tests.
 */
public final class ModelFixtures {
  public final SourceFile schemaFile = new SourceFile("facility/schema.kijun", FixtureSources.SCHEMA);
  public final SourceFile ed1File = new SourceFile("demo-guideline/1.0/doc.kijun", FixtureSources.EDITION_1);
  public final SourceFile ed2File = new SourceFile("demo-guideline/2.0/doc.kijun", FixtureSources.EDITION_2);

  public final EnumDef tlsVersion = enumDef("TlsVersion", "TLS protocol versions; order means strength.", true,
      c("TLS_1_0", "TLS1.0", null), c("TLS_1_2", "TLS1.2", null), c("TLS_1_3", "TLS1.3", null));
  public final EnumDef deviceKind = enumDef("DeviceKind", null, false, c("SERVER", "server", null),
      c("CLIENT_PC", "client-pc", null));
  public final EnumDef exposure = enumDef("Exposure", null, false,
      c("OPEN_NETWORK", "open-network", "Reachable from the Internet."), c("INTERNAL", "internal", null));
  public final EnumDef clientCertificate = enumDef("ClientCertificate", null, false, c("REQUIRED", "required", null),
      c("NONE", "none", null));
  public final EnumDef answer = new EnumDef("Answer", Optional.empty(), false,
      List.of(c("YES", "yes", null), c("NO", "no", null), c("NOT_APPLICABLE", "not-applicable", null)),
      new Span(schemaFile, 0, 0), true);

  public final RecordDef facts = record("Facts", "The facts of a test facility.");
  public final RecordDef device = record("Device", "One device.");
  public final RecordDef credential = record("Credential", "A credential, described without revealing it.");
  public final RecordDef endpoint = record("Endpoint", null);
  public final RecordDef tls = record("Tls", null);
  public final Constant strongVersions;
  public final Schema schema;

  public final Edition ed1;
  public final Edition ed2;
  public final Program program;
  public final Exprs x = new Exprs(this);

  public ModelFixtures() {
    facts.define(List.of(
        field("devices", new Type.ListType(rec(device)), "Every device."),
        field("endpoints", new Type.ListType(rec(endpoint)), "Every network endpoint.")));
    device.define(List.of(
        field("id", Type.Primitive.STRING, "Unique id."),
        field("kind", en(deviceKind), null),
        field("adminCredential", opt(rec(credential)), "The admin credential; absent when not collected."),
        field("lastSecurityPatch", opt(Type.Primitive.DATE), null),
        field("ports", new Type.ListType(Type.Primitive.INTEGER), null),
        field("riskScore", opt(Type.Primitive.NUMBER), null)));
    credential.define(List.of(
        field("fingerprint", Type.Primitive.SECRET, "A fingerprint of the secret."),
        field("factoryDefault", Type.Primitive.BOOLEAN, null)));
    endpoint.define(List.of(
        field("id", Type.Primitive.STRING, null),
        field("exposure", en(exposure), null),
        field("ipsecVpn", Type.Primitive.BOOLEAN, null),
        field("tls", opt(rec(tls)), null)));
    tls.define(List.of(
        field("versions", new Type.ListType(en(tlsVersion)), null),
        field("clientCertificate", en(clientCertificate), null)));
    Type strongType = new Type.ListType(en(tlsVersion));
    strongVersions = new Constant("STRONG_VERSIONS", strongType,
        x.list(strongType, x.lit(tlsVersion, "TLS_1_2"), x.lit(tlsVersion, "TLS_1_3")),
        Optional.of("Versions allowed by the high-security profile."), at(schemaFile, "const STRONG_VERSIONS"));
    schema = new Schema("facility", List.of(facts, device, credential, endpoint, tls),
        List.of(tlsVersion, deviceKind, exposure, clientCertificate), List.of(strongVersions), facts,
        List.of(schemaFile.path()));
    ed1 = edition1();
    ed2 = edition2();
    program = new Program(List.of(schema), List.of(ed1, ed2));
  }

  // ---------------------------------------------------------------- demo-guideline@1.0

  private Edition edition1() {
    DocumentInfo info = new DocumentInfo(new Text2("デモ・ガイドライン 第1.0版", "Demo guideline, edition 1.0"),
        "Demo Ministry", LocalDate.of(2022, 3, 31), "https://example.org/demo/1.0", Status.VERIFIED, "", List.of(),
        List.of(new FormDef("institution", new Text2("医療機関確認用", "Institution form"),
                Set.of(Audience.MEDICAL_INSTITUTION), at(ed1File, "form institution")),
            new FormDef("vendor", new Text2("事業者確認用", "Vendor form"), Set.of(Audience.VENDOR),
                at(ed1File, "form vendor"))));
    Variable e = new Variable("e", rec(endpoint), at(ed1File, "e in endpoints"), 0);
    TypedExpr filter = x.and(x.eq(x.get(x.v(e), "exposure"), x.lit(exposure, "OPEN_NETWORK")),
        x.not(x.get(x.v(e), "ipsecVpn")));
    WaiverDef fallback = new WaiverDef("tls12Fallback", new Text2("TLS1.3に対応できないシステムに限りTLS1.2を許容する",
        "TLS 1.2 is tolerated where the system cannot support TLS 1.3"), at(ed1File, "waiver tls12Fallback"));
    TypedExpr body = x.and(
        x.or(new TypedExpr.SubsetOf(x.get(x.get(x.v(e), "tls"), "versions"),
            x.list(new Type.ListType(en(tlsVersion)), x.lit(tlsVersion, "TLS_1_3")), x.span()),
            new TypedExpr.Waived(fallback, x.get(x.v(e), "id"), x.span())),
        x.eq(x.get(x.get(x.v(e), "tls"), "clientCertificate"), x.lit(clientCertificate, "REQUIRED")));
    TypedExpr c11Check = new TypedExpr.Quantified(true, e, x.get(x.root(), "endpoints"), Optional.of(filter), body,
        x.span());
    Requirement c11 = new Requirement(ClauseRef.parse("demo-guideline@1.0/6.11.C.11"),
        new Text2("オープンネットワークのTLS設定", "TLS over open networks"), Optional.of(Level.MANDATORY),
        Set.of(Audience.VENDOR, Audience.MEDICAL_INSTITUTION), List.of(Target.SERVER, Target.CLIENT_PC),
        Status.INFERRED, "numbering inferred from the draft",
        new Citation("https://example.org/demo/1.0", "52", "draft, p. 52"),
        new Text2("オープンネットワーク経由のHTTPSはTLS1.3とクライアント証明書を使う。",
            "HTTPS over open networks uses TLS 1.3 & client certificates <not TLS 1.2>."),
        List.of(ref(ed1File, "demo-guideline@2.0/SYS.13.6"), ref(ed1File, "other-doc@R7/2.8")),
        Optional.empty(),
        List.of(new Check.Automated("every open-network HTTPS endpoint uses TLS 1.3 with client certificates",
            c11Check, between(ed1File, "forall e in endpoints", "\n      }\n      waiver"),
            at(ed1File, "check automated \"every open-network"))),
        List.of(fallback), "6.11", at(ed1File, "requirement \"6.11.C.11\""));

    Requirement c12 = new Requirement(ClauseRef.parse("demo-guideline@1.0/6.11.C.12"), new Text2("", ""),
        Optional.of(Level.RECOMMENDED), Set.of(Audience.VENDOR), List.of(Target.ALL_SYSTEMS), Status.VERIFIED, "",
        new Citation("https://example.org/demo/1.0", "", ""),
        new Text2("ネットワーク機器の台帳を作る。", "Keep a ledger of network devices."), List.of(), Optional.empty(),
        List.of(
            new Check.Question(new Text2("ネットワーク機器の台帳がありますか。", "Is there a ledger of network devices?"),
                Map.of("vendor", new Text2("納入した機器の台帳がありますか。",
                    "Do you keep a ledger of the devices you delivered?")),
                at(ed1File, "check question")),
            new Check.Review("the ledger's last revision and who approved it", at(ed1File, "check review")),
            new Check.Automated("the ledger question was not answered no",
                new Compare(CompareOp.NE, new TypedExpr.AnswerOf(ClauseRef.parse("demo-guideline@1.0/6.11.C.12"),
                    en(answer), x.span()), x.lit(answer, "NO"), x.span()),
                "answer(\"6.11.C.12\") != NO", at(ed1File, "check automated \"the ledger"))),
        List.of(), "6.11", at(ed1File, "requirement \"6.11.C.12\""));

    Variable d0 = new Variable("d", rec(device), x.span(), 0);
    TypedExpr applies = new TypedExpr.Quantified(false, d0, x.get(x.root(), "devices"), Optional.empty(),
        x.eq(x.get(x.v(d0), "kind"), x.lit(deviceKind, "SERVER")), x.span());
    Variable d1 = new Variable("d", rec(device), x.span(), 0);
    Variable d2 = new Variable("d", rec(device), x.span(), 1);
    Variable d3 = new Variable("d", rec(device), x.span(), 2);
    TypedExpr unique = new TypedExpr.UniqueBy(d1, x.get(x.root(), "devices"), Optional.empty(),
        x.get(x.v(d1), "id"), x.span());
    TypedExpr count = new TypedExpr.CountOf(d2, x.get(x.root(), "devices"), Optional.of(x.and(
        new TypedExpr.Presence(x.get(x.v(d2), "adminCredential"), true, x.span()),
        x.get(x.get(x.v(d2), "adminCredential"), "factoryDefault"))), x.span());
    TypedExpr patched = new TypedExpr.Quantified(true, d3, x.get(x.root(), "devices"),
        Optional.of(x.eq(x.get(x.v(d3), "kind"), x.lit(deviceKind, "SERVER"))),
        new Logical(LogicalOp.IMPLIES, new TypedExpr.Presence(x.get(x.v(d3), "lastSecurityPatch"), true, x.span()),
            new Compare(CompareOp.GE, x.val(x.get(x.v(d3), "lastSecurityPatch")),
                new TypedExpr.Shift(new TypedExpr.AsOf(x.span()), false, 90, DateUnit.DAYS, x.span()), x.span()),
            x.span()), x.span());
    TypedExpr d1Body = x.and(x.and(unique, new Compare(CompareOp.EQ, count, new TypedExpr.IntegerLit(0, x.span()),
        x.span())), patched);
    Requirement d1Req = new Requirement(ClauseRef.parse("demo-guideline@1.0/6.12.D.1"),
        new Text2("サーバのパッチ", "Server patches"), Optional.of(Level.RECOMMENDED), Set.of(Audience.values()),
        List.of(Target.SERVER), Status.UNKNOWN, "", new Citation("https://example.org/demo/1.0", "60", ""),
        new Text2("サーバは90日以内にパッチを当てる。", "1. Servers are patched within 90 days."),
        List.of(ref(ed1File, "demo-guideline@1.0/6.11.C.11")), Optional.of(applies),
        List.of(new Check.Automated("servers are patched within 90 days; device ids are unique", d1Body,
            between(ed1File, "unique(d in devices", "\n      }\n    }\n  }"),
            at(ed1File, "check automated \"servers"))),
        List.of(), "6.12", at(ed1File, "requirement \"6.12.D.1\""));

    StructureNode s611 = new StructureNode(StructureKind.SECTION, "6.11", "6.11", new Text2("ネットワーク", "Networks"),
        Status.VERIFIED, "", List.of(), List.of(c11, c12), at(ed1File, "section \"6.11\""));
    StructureNode s612 = new StructureNode(StructureKind.SECTION, "6.12", "6.12", new Text2("パッチ", ""),
        Status.UNKNOWN, "placeholder", List.of(), List.of(d1Req), at(ed1File, "section \"6.12\""));
    StructureNode ch6 = new StructureNode(StructureKind.CHAPTER, "6", "6", new Text2("安全管理", "Security management"),
        Status.VERIFIED, "", List.of(s611, s612), List.of(), at(ed1File, "chapter \"6\""));
    return new Edition("demo-guideline", "1.0", info, schema, List.of(ch6), List.of(c11, c12, d1Req), List.of(),
        List.of(ed1File.path()));
  }

  // ---------------------------------------------------------------- demo-guideline@2.0

  private Edition edition2() {
    DocumentInfo info = new DocumentInfo(new Text2("デモ・ガイドライン 第2.0版", "Demo guideline, edition 2.0"),
        "Demo Ministry", LocalDate.of(2024, 1, 1), "https://example.org/demo/2.0", Status.RECALLED, "from memory",
        List.of(new ProfileDef("I", new Text2("自施設に設置", "Systems on the premises"), Status.VERIFIED, "",
                at(ed2File, "profile I ")),
            new ProfileDef("II", new Text2("クラウドを利用", "Cloud services"), Status.INFERRED, "meaning recalled",
                at(ed2File, "profile II"))),
        List.of());
    Variable e = new Variable("e", rec(endpoint), x.span(), 0);
    Variable v = new Variable("v", en(tlsVersion), x.span(), 1);
    TypedExpr inner = new TypedExpr.Quantified(true, v, x.get(x.get(x.v(e), "tls"), "versions"), Optional.empty(),
        new TypedExpr.In(x.v(v), new TypedExpr.ConstRef(strongVersions, x.span()), false, x.span()), x.span());
    TypedExpr body = new TypedExpr.Quantified(true, e, x.get(x.root(), "endpoints"),
        Optional.of(new TypedExpr.Presence(x.get(x.v(e), "tls"), true, x.span())), inner, x.span());
    Requirement r = new Requirement(ClauseRef.parse("demo-guideline@2.0/SYS.13.6"),
        new Text2("TLSの設定", "TLS configuration"), Optional.of(Level.MANDATORY), Set.of(Audience.values()),
        List.of(Target.ALL_SYSTEMS), Status.VERIFIED, "", new Citation("javascript:alert(1)", "", ""),
        new Text2("TLS1.2以上を使う。", "Use TLS 1.2 or better."),
        List.of(ref(ed2File, "demo-guideline@1.0/6.11.C.11"), ref(ed2File, "demo-guideline@2.0/SYS.13"),
            ref(ed2File, "demo-guideline@2.0/SYS.§8.1")),
        Optional.empty(),
        List.of(new Check.Automated("TLS 1.2 or better everywhere", body,
            between(ed2File, "forall e in endpoints", "\n      }"), at(ed2File, "check automated"))),
        List.of(), "SYS.13", List.of("I", "II"), Optional.empty(), at(ed2File, "requirement \"SYS.13.6\""));
    // Chapter 13 narrows the volume's markers to I; its requirement widens them again.
    StructureNode ch13 = new StructureNode(StructureKind.CHAPTER, "13", "SYS.13", new Text2("ネットワーク", "Networks"),
        Status.VERIFIED, "", List.of(), List.of(r), List.of("I"), List.of(), at(ed2File, "chapter \"13\""));
    // A labelled stub inside a numbered heading, in a second block of the volume: ordered before chapter 13 by number.
    LabelDef scan = new LabelDef("scan", new Text2("検査", "Scanning"), at(ed2File, "label scan"));
    Requirement stub = new Requirement(ClauseRef.parse("demo-guideline@2.0/SYS.8.scan.2"), new Text2("", ""),
        Optional.empty(), Set.of(Audience.values()), List.of(Target.ALL_SYSTEMS), Status.UNKNOWN,
        "known from the table of contents; its text was not read", new Citation("https://example.org/demo/2.0", "30", ""),
        new Text2("", ""), List.of(), Optional.empty(), List.of(), List.of(), "SYS.§8.1", List.of("I", "II"),
        Optional.of(scan), at(ed2File, "requirement \"SYS.8.scan.2\""));
    StructureNode s81 = new StructureNode(StructureKind.SECTION, "§8.1", "SYS.§8.1", new Text2("不正ソフトウェア対策", "Malware"),
        Status.VERIFIED, "", List.of(), List.of(stub), List.of("I", "II"), List.of(scan), at(ed2File, "section \"§8.1\""));
    StructureNode ch8 = new StructureNode(StructureKind.CHAPTER, "8", "SYS.8", new Text2("利用機器", "Devices in use"),
        Status.VERIFIED, "", List.of(s81), List.of(), List.of("I", "II"), List.of(), at(ed2File, "chapter \"8\""));
    StructureNode sys = new StructureNode(StructureKind.VOLUME, "SYS", "SYS",
        new Text2("システム運用編", "System operations"), Status.VERIFIED, "", List.of(ch8, ch13), List.of(),
        List.of("I", "II"), List.of(), at(ed2File, "volume \"SYS\" title"));
    return new Edition("demo-guideline", "2.0", info, schema, List.of(sys), List.of(stub, r), List.of(),
        List.of(ed2File.path()));
  }

  // ---------------------------------------------------------------- helpers

  /** The span of the first occurrence of {@code snippet} in {@code file}. */
  public static Span at(SourceFile file, String snippet) {
    int i = file.text().indexOf(snippet);
    if (i < 0) {
      throw new IllegalArgumentException("fixture text has no `" + snippet + "`");
    }
    return new Span(file, i, i + snippet.length());
  }

  /** The text from {@code start} (inclusive) to {@code end} (exclusive). */
  static String between(SourceFile file, String start, String end) {
    int i = file.text().indexOf(start);
    int j = file.text().indexOf(end, i);
    if (i < 0 || j < 0) {
      throw new IllegalArgumentException("fixture text has no `" + start + "` … `" + end + "`");
    }
    return file.text().substring(i, j);
  }

  private static Reference ref(SourceFile file, String qualified) {
    return new Reference(ClauseRef.parse(qualified), at(file, "\"" + qualified + "\""));
  }

  private RecordDef record(String name, String doc) {
    return new RecordDef(name, Optional.ofNullable(doc), at(schemaFile, "record " + name + " "));
  }

  private FieldDef field(String name, Type type, String doc) {
    return new FieldDef(name, type, Optional.ofNullable(doc), new Span(schemaFile, 0, 0));
  }

  private EnumDef enumDef(String name, String doc, boolean ordered, EnumConstant... constants) {
    return new EnumDef(name, Optional.ofNullable(doc), ordered, List.of(constants),
        at(schemaFile, "enum " + name + " "), false);
  }

  private static EnumConstant c(String name, String json, String doc) {
    return new EnumConstant(name, json, Optional.ofNullable(doc));
  }

  static Type rec(RecordDef r) {
    return new Type.RecordType(r);
  }

  static Type en(EnumDef e) {
    return new Type.EnumType(e);
  }

  static Type opt(Type t) {
    return new Type.OptionalType(t);
  }

  /** Builders for typed expressions over the fixture schema. */
  public static final class Exprs {
    private final ModelFixtures m;

    Exprs(ModelFixtures m) {
      this.m = m;
    }

    /** A placeholder span. */
    public Span span() {
      return new Span(m.ed1File, 0, 0);
    }

    /** The evidence root. */
    public TypedExpr root() {
      return new TypedExpr.Root(rec(m.facts), span());
    }

    /** A variable reference. */
    public TypedExpr v(Variable var) {
      return new TypedExpr.Var(var, span());
    }

    /** {@code target.name}; an optional target is unwrapped first. */
    public TypedExpr get(TypedExpr target, String name) {
      TypedExpr t = val(target);
      RecordDef r = ((Type.RecordType) t.type()).def();
      FieldDef f = r.field(name).orElseThrow(() -> new IllegalArgumentException(r.name() + " has no " + name));
      return new TypedExpr.Field(t, f, span());
    }

    /** {@code e} unwrapped when it is optional. */
    public TypedExpr val(TypedExpr e) {
      return e.type() instanceof Type.OptionalType ? new TypedExpr.Unwrap(e, span()) : e;
    }

    /** An enum constant. */
    public TypedExpr lit(EnumDef def, String name) {
      return new TypedExpr.EnumLit(def, def.constant(name).orElseThrow(), span());
    }

    /** A list literal. */
    public TypedExpr list(Type type, TypedExpr... elements) {
      return new TypedExpr.ListLit(new ArrayList<>(List.of(elements)), type, span());
    }

    /** {@code a == b}, unwrapping optionals. */
    public TypedExpr eq(TypedExpr a, TypedExpr b) {
      return new Compare(CompareOp.EQ, val(a), val(b), span());
    }

    /** {@code a and b}. */
    public TypedExpr and(TypedExpr a, TypedExpr b) {
      return new Logical(LogicalOp.AND, val(a), val(b), span());
    }

    /** {@code a or b}. */
    public TypedExpr or(TypedExpr a, TypedExpr b) {
      return new Logical(LogicalOp.OR, val(a), val(b), span());
    }

    /** {@code not a}. */
    public TypedExpr not(TypedExpr a) {
      return new TypedExpr.Not(val(a), span());
    }
  }
}
