package dev.kijun.compiler.syntax;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Decl.StructureKind;
import dev.kijun.compiler.ast.Expr;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.ast.Leaf.Identifier;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.ast.Leaf.Text;
import dev.kijun.compiler.ast.Leaf.Word;
import dev.kijun.compiler.ast.TypeRef;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.compiler.source.Span;
import dev.kijun.grammar.KijunLexer;
import dev.kijun.grammar.KijunParser;
import dev.kijun.grammar.KijunParser.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds AST records from the parse tree. It only builds nodes: no lookups, no checks. Where the parser recovered
 * from an error a child may be missing; the builder then leaves the item out or puts an {@link Expr.Error}
 * placeholder, since the syntax error has already been reported.
 */
final class AstBuilder {
  private static final int DOC_CHANNEL = 2;
  private final SourceFile file;
  private final CommonTokenStream tokens;
  private final Diagnostics diagnostics;
  private final MappingDeclBuilder mappings = new MappingDeclBuilder(this);

  AstBuilder(SourceFile file, CommonTokenStream tokens, Diagnostics diagnostics) {
    this.file = file;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  KijunFile file(FileContext ctx) {
    KijunFile.Header header = header(ctx.header());
    List<Decl> decls = new ArrayList<>();
    for (DeclarationContext d : ctx.declaration()) {
      Decl decl = declaration(d);
      if (decl != null) {
        decls.add(decl);
      }
    }
    return new KijunFile(header, decls, span(ctx));
  }

  private KijunFile.Header header(HeaderContext ctx) {
    if (ctx instanceof SchemaHeaderContext s && s.name != null) {
      return new KijunFile.SchemaHeader(str(s.name), span(ctx));
    }
    if (ctx instanceof EditionHeaderContext e && e.name != null) {
      return new KijunFile.EditionHeader(str(e.name), span(ctx));
    }
    if (ctx instanceof MappingHeaderContext m && m.source != null && m.target != null) {
      return new KijunFile.MappingHeader(str(m.source), str(m.target), span(ctx));
    }
    return new KijunFile.MissingHeader(ctx == null ? new Span(file, 0, 0) : span(ctx));
  }

  private Decl declaration(DeclarationContext ctx) {
    if (ctx.documentDecl() != null) {
      return document(ctx.documentDecl());
    }
    if (ctx.recordDecl() != null) {
      return record(ctx.recordDecl());
    }
    if (ctx.enumDecl() != null) {
      return enumDecl(ctx.enumDecl());
    }
    if (ctx.constDecl() != null) {
      ConstDeclContext c = ctx.constDecl();
      if (c.name == null || c.type() == null) {
        return null;
      }
      return new Decl.ConstDecl(doc(ctx), id(c.name), type(c.type()), expr(c.value), span(c));
    }
    if (ctx.rootDecl() != null && ctx.rootDecl().name != null) {
      return new Decl.RootDecl(id(ctx.rootDecl().name), span(ctx.rootDecl()));
    }
    if (ctx.structureDecl() != null) {
      return structure(ctx.structureDecl());
    }
    if (ctx.requirementDecl() != null) {
      return requirement(ctx.requirementDecl());
    }
    if (ctx.mapDecl() != null) {
      return mappings.map(ctx.mapDecl());
    }
    if (ctx.withdrawnDecl() != null) {
      return mappings.withdrawn(ctx.withdrawnDecl());
    }
    if (ctx.newDecl() != null) {
      return mappings.added(ctx.newDecl());
    }
    return null;
  }

  private Decl.RecordDecl record(RecordDeclContext ctx) {
    if (ctx.name == null) {
      return null;
    }
    List<Decl.FieldDecl> fields = new ArrayList<>();
    for (FieldDeclContext f : ctx.fieldDecl()) {
      if (f.name != null && f.type() != null) {
        fields.add(new Decl.FieldDecl(doc(f), id(f.name), type(f.type()), span(f)));
      }
    }
    return new Decl.RecordDecl(doc(ctx.getParent() instanceof DeclarationContext d ? d : ctx), id(ctx.name), fields, span(ctx));
  }

  private Decl.EnumDecl enumDecl(EnumDeclContext ctx) {
    if (ctx.name == null) {
      return null;
    }
    List<Decl.EnumConstantDecl> constants = new ArrayList<>();
    for (EnumConstantContext c : ctx.enumConstant()) {
      if (c.name != null) {
        constants.add(new Decl.EnumConstantDecl(doc(c), id(c.name),
            c.json == null ? Optional.empty() : Optional.of(str(c.json)), span(c)));
      }
    }
    return new Decl.EnumDecl(doc(ctx.getParent() instanceof DeclarationContext d ? d : ctx), ctx.ORDERED() != null,
        id(ctx.name), constants, span(ctx));
  }

  private TypeRef type(TypeContext ctx) {
    if (ctx instanceof ListTypeContext l && l.element != null) {
      return new TypeRef.ListOf(type(l.element), span(ctx));
    }
    if (ctx instanceof OptionalTypeContext o && o.inner != null) {
      return new TypeRef.Optional(type(o.inner), span(ctx));
    }
    if (ctx instanceof NamedTypeContext n && n.name != null) {
      return new TypeRef.Named(id(n.name), span(ctx));
    }
    return new TypeRef.Named(new Identifier("<error>", span(ctx)), span(ctx));
  }

  private Decl.DocumentDecl document(DocumentDeclContext ctx) {
    List<Decl.DocItem> items = new ArrayList<>();
    for (DocumentItemContext item : ctx.documentItem()) {
      if (item instanceof DocTitleContext t && t.titles() != null) {
        items.add(new Decl.DocTitle(titles(t.titles()), span(item)));
      } else if (item instanceof DocPublisherContext p && p.value != null) {
        items.add(new Decl.DocPublisher(str(p.value), span(item)));
      } else if (item instanceof DocPublishedContext p && p.date != null) {
        items.add(new Decl.DocPublished(date(p.date.getText()), span(item)));
      } else if (item instanceof DocSourceContext s && s.url != null) {
        items.add(new Decl.DocSource(str(s.url), span(item)));
      } else if (item instanceof DocEvidenceContext e && e.schema != null) {
        items.add(new Decl.DocEvidence(str(e.schema), span(item)));
      } else if (item instanceof DocStatusContext s && s.statusClause() != null) {
        Decl.StatusClause status = status(s.statusClause());
        if (status != null) {
          items.add(status);
        }
      } else if (item instanceof DocProfileContext p && p.name != null && p.titles() != null) {
        items.add(new Decl.DocProfile(id(p.name), titles(p.titles()),
            p.statusClause() == null ? Optional.empty() : Optional.ofNullable(status(p.statusClause())), span(item)));
      } else if (item instanceof DocFormContext f && f.name != null && f.titles() != null) {
        items.add(new Decl.DocForm(id(f.name), titles(f.titles()), f.word().stream().map(this::word).toList(),
            span(item)));
      }
    }
    return new Decl.DocumentDecl(items, span(ctx));
  }

  private Decl.StatusClause status(StatusClauseContext ctx) {
    if (ctx.value == null) {
      return null;
    }
    return new Decl.StatusClause(word(ctx.value), ctx.note == null ? Optional.empty() : Optional.of(str(ctx.note)), span(ctx));
  }

  private Decl.StructureDecl structure(StructureDeclContext ctx) {
    if (ctx.kind == null || ctx.number == null) {
      return null;
    }
    StructureKind kind = ctx.kind.getType() == KijunLexer.VOLUME ? StructureKind.VOLUME
        : ctx.kind.getType() == KijunLexer.CHAPTER ? StructureKind.CHAPTER : StructureKind.SECTION;
    List<Decl.StructureItem> items = new ArrayList<>();
    for (StructureItemContext item : ctx.structureItem()) {
      if (item instanceof StructureStatusContext s) {
        Decl.StatusClause status = status(s.statusClause());
        if (status != null) {
          items.add(status);
        }
      } else if (item instanceof StructureAppliesContext a) {
        items.add(new Decl.AppliesClause(expr(a.condition), span(item)));
      } else if (item instanceof StructureProfilesContext p) {
        items.add(profiles(p.profilesClause()));
      } else if (item instanceof StructureLabelContext l && l.name != null && l.titles() != null) {
        items.add(new Decl.LabelDecl(id(l.name), titles(l.titles()), span(item)));
      } else if (item instanceof NestedStructureContext n) {
        Decl.StructureDecl nested = structure(n.structureDecl());
        if (nested != null) {
          items.add(nested);
        }
      } else if (item instanceof NestedRequirementContext r) {
        Decl.RequirementDecl req = requirement(r.requirementDecl());
        if (req != null) {
          items.add(req);
        }
      }
    }
    List<Text> titles = ctx.titles() == null ? List.of() : titles(ctx.titles());
    return new Decl.StructureDecl(kind, str(ctx.number), titles, items, span(ctx));
  }

  private Decl.RequirementDecl requirement(RequirementDeclContext ctx) {
    if (ctx.id == null) {
      return null;
    }
    List<Decl.ReqItem> items = new ArrayList<>();
    for (RequirementItemContext item : ctx.requirementItem()) {
      Decl.ReqItem built = requirementItem(item);
      if (built != null) {
        items.add(built);
      }
    }
    return new Decl.RequirementDecl(str(ctx.id), items, span(ctx));
  }

  private Decl.ReqItem requirementItem(RequirementItemContext item) {
    Span span = span(item);
    if (item instanceof ReqTitleContext t && t.titles() != null) {
      return new Decl.ReqTitle(titles(t.titles()), span);
    }
    if (item instanceof ReqLevelContext l && l.value != null) {
      return new Decl.ReqLevel(word(l.value), span);
    }
    if (item instanceof ReqAudienceContext a) {
      return new Decl.ReqAudience(a.word().stream().map(this::word).toList(), span);
    }
    if (item instanceof ReqTargetsContext t) {
      return new Decl.ReqTargets(t.word().stream().map(this::word).toList(), span);
    }
    if (item instanceof ReqStatusContext s) {
      return status(s.statusClause());
    }
    if (item instanceof ReqSourceContext s && s.url != null) {
      return new Decl.ReqSource(str(s.url), s.page == null ? Optional.empty() : Optional.of(str(s.page)),
          s.note == null ? Optional.empty() : Optional.of(str(s.note)), span);
    }
    if (item instanceof ReqSummaryContext s && s.lang != null && s.text != null) {
      return new Decl.ReqSummary(new Text(id(s.lang), str(s.text), span), span);
    }
    if (item instanceof ReqCitesContext c) {
      return new Decl.ReqCites(c.STRING().stream().map(t -> str(t.getSymbol())).toList(), span);
    }
    if (item instanceof ReqProfilesContext p) {
      return profiles(p.profilesClause());
    }
    if (item instanceof ReqAppliesContext a) {
      return new Decl.AppliesClause(expr(a.condition), span);
    }
    if (item instanceof ReqAutomatedCheckContext c && c.explanation != null) {
      return new Decl.AutomatedCheck(str(c.explanation), expr(c.body), effective(c.effectiveClause()), span);
    }
    if (item instanceof ReqQuestionCheckContext q) {
      List<Text> asks = new ArrayList<>();
      List<Decl.FormAsk> formAsks = new ArrayList<>();
      for (AskItemContext ask : q.askItem()) {
        if (ask.titles() == null) {
          continue;
        }
        if (ask.form != null) {
          formAsks.add(new Decl.FormAsk(id(ask.form), titles(ask.titles()), span(ask)));
        } else {
          asks.addAll(titles(ask.titles()));
        }
      }
      return new Decl.QuestionCheck(asks, formAsks, effective(q.effectiveClause()), span);
    }
    if (item instanceof ReqReviewCheckContext r && r.explanation != null) {
      return new Decl.ReviewCheck(str(r.explanation), effective(r.effectiveClause()), span);
    }
    if (item instanceof ReqEffectiveContext e) {
      return effective(e.effectiveClause()).orElse(null);
    }
    if (item instanceof ReqReliefContext r && r.explanation != null) {
      return new Decl.ReliefClause(str(r.explanation), Optional.ofNullable(r.until).map(this::dateText),
          expr(r.condition), span);
    }
    if (item instanceof ReqSupersededContext s && s.date != null && s.successor != null) {
      return new Decl.SupersededClause(dateText(s.date), str(s.successor), span);
    }
    if (item instanceof ReqWaiverContext w && w.name != null) {
      return new Decl.WaiverDecl(id(w.name), pairs(w.lang, w.text), span);
    }
    return null;
  }

  private Optional<Decl.EffectiveClause> effective(EffectiveClauseContext ctx) {
    if (ctx == null || ctx.date == null) {
      return Optional.empty();
    }
    return Optional.of(new Decl.EffectiveClause(dateText(ctx.date), span(ctx)));
  }

  private Decl.DateText dateText(Token t) {
    return new Decl.DateText(date(t.getText()), span(t));
  }

  private Decl.ProfilesClause profiles(ProfilesClauseContext ctx) {
    return new Decl.ProfilesClause(ctx.ident().stream().map(this::id).toList(), span(ctx));
  }

  private List<Text> pairs(List<Token> langs, List<Token> texts) {
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < Math.min(langs.size(), texts.size()); i++) {
      Identifier lang = id(langs.get(i));
      Str text = str(texts.get(i));
      out.add(new Text(lang, text, lang.span().to(text.span())));
    }
    return out;
  }

  private List<Text> titles(TitlesContext ctx) {
    return pairs(ctx.lang, ctx.text);
  }

  // ------------------------------------------------------------------ expressions

  Expr expr(ExprContext ctx) {
    if (ctx == null || ctx.exception != null && ctx.getChildCount() == 0) {
      return new Expr.Error(ctx == null ? new Span(file, 0, 0) : span(ctx));
    }
    Span span = span(ctx);
    if (ctx instanceof QuantifierContext q) {
      if (q.var == null || q.list == null || q.body == null) {
        return new Expr.Error(span);
      }
      return new Expr.Quantifier(q.quant.getType() == KijunLexer.FORALL, id(q.var), additive(q.list),
          q.filter == null ? Optional.empty() : Optional.of(expr(q.filter)), expr(q.body), span);
    }
    if (ctx instanceof ImpliesContext i) {
      return new Expr.Logical(Expr.LogicalOp.IMPLIES, expr(i.left), expr(i.right), span);
    }
    if (ctx instanceof OrContext o) {
      return new Expr.Logical(Expr.LogicalOp.OR, expr(o.left), expr(o.right), span);
    }
    if (ctx instanceof AndContext a) {
      return new Expr.Logical(Expr.LogicalOp.AND, expr(a.left), expr(a.right), span);
    }
    if (ctx instanceof NotContext n) {
      return new Expr.Not(expr(n.operand), span);
    }
    if (ctx instanceof ComparisonContext c) {
      if (c.op == null) {
        return new Expr.Error(span);
      }
      return new Expr.Comparison(compareOp(c.op.getType()), additive(c.left), additive(c.right), span);
    }
    if (ctx instanceof MembershipContext m) {
      return new Expr.Membership(additive(m.element), additive(m.list), m.NOT() != null, span);
    }
    if (ctx instanceof SubsetContext s) {
      return new Expr.Subset(additive(s.left), additive(s.right), span);
    }
    if (ctx instanceof PresenceContext p) {
      return new Expr.Presence(additive(p.operand), p.presence != null && p.presence.getType() == KijunLexer.PRESENT, span);
    }
    if (ctx instanceof ValueContext v) {
      return additive(v.additive());
    }
    return new Expr.Error(span);
  }

  private Expr additive(AdditiveContext ctx) {
    if (ctx == null) {
      return new Expr.Error(new Span(file, 0, 0));
    }
    Span span = span(ctx);
    if (ctx instanceof DateShiftContext d) {
      if (d.amount == null || d.unit == null || d.op == null) {
        return new Expr.Error(span);
      }
      return new Expr.DateShift(additive(d.base), d.op.getType() == KijunLexer.PLUS, parseLong(d.amount),
          unit(d.unit.getType()), span);
    }
    if (ctx instanceof PrimaryValueContext p) {
      return primary(p.primary());
    }
    return new Expr.Error(span);
  }

  private Expr primary(PrimaryContext ctx) {
    if (ctx == null) {
      return new Expr.Error(new Span(file, 0, 0));
    }
    Span span = span(ctx);
    if (ctx instanceof CountContext c) {
      if (c.var == null || c.list == null) {
        return new Expr.Error(span);
      }
      return new Expr.Count(id(c.var), additive(c.list), c.filter == null ? Optional.empty() : Optional.of(expr(c.filter)), span);
    }
    if (ctx instanceof UniqueContext u) {
      if (u.var == null || u.list == null || u.key == null) {
        return new Expr.Error(span);
      }
      return new Expr.Unique(id(u.var), additive(u.list),
          u.filter == null ? Optional.empty() : Optional.of(expr(u.filter)), expr(u.key), span);
    }
    if (ctx instanceof WaivedContext w) {
      if (w.name == null || w.subject == null) {
        return new Expr.Error(span);
      }
      return new Expr.Waived(id(w.name), additive(w.subject), span);
    }
    if (ctx instanceof AnswerOfContext a) {
      return a.clause == null ? new Expr.Error(span) : new Expr.AnswerOf(str(a.clause), span);
    }
    if (ctx instanceof AsOfContext) {
      return new Expr.AsOf(span);
    }
    if (ctx instanceof FieldAccessContext f) {
      if (f.field == null) {
        return new Expr.Error(span);
      }
      return new Expr.FieldAccess(primary(f.target), id(f.field), span);
    }
    if (ctx instanceof NameContext n) {
      return new Expr.Name(id(n.name), span);
    }
    if (ctx instanceof ListLiteralContext l) {
      return new Expr.ListLiteral(l.expr().stream().map(this::expr).toList(), span);
    }
    if (ctx instanceof StringLiteralContext s) {
      return new Expr.StringLiteral(unquote(s.STRING().getSymbol()), span);
    }
    if (ctx instanceof IntegerLiteralContext i) {
      return new Expr.IntegerLiteral(parseLong(i.INTEGER().getSymbol()), span);
    }
    if (ctx instanceof DecimalLiteralContext d) {
      return new Expr.DecimalLiteral(new BigDecimal(d.DECIMAL().getText()), span);
    }
    if (ctx instanceof DateLiteralContext d) {
      Optional<LocalDate> date = date(d.DATE().getText());
      return date.<Expr>map(v -> new Expr.DateLiteral(v, span)).orElseGet(() -> new Expr.Error(span));
    }
    if (ctx instanceof BooleanLiteralContext b) {
      return new Expr.BooleanLiteral(b.value.getType() == KijunLexer.TRUE, span);
    }
    if (ctx instanceof ParenthesizedContext p) {
      return expr(p.inner);
    }
    return new Expr.Error(span);
  }

  private static Expr.CompareOp compareOp(int type) {
    switch (type) {
      case KijunLexer.EQ: return Expr.CompareOp.EQ;
      case KijunLexer.NE: return Expr.CompareOp.NE;
      case KijunLexer.LT: return Expr.CompareOp.LT;
      case KijunLexer.LE: return Expr.CompareOp.LE;
      case KijunLexer.GT: return Expr.CompareOp.GT;
      default: return Expr.CompareOp.GE;
    }
  }

  private static Expr.DateUnit unit(int type) {
    switch (type) {
      case KijunLexer.DAYS: return Expr.DateUnit.DAYS;
      case KijunLexer.WEEKS: return Expr.DateUnit.WEEKS;
      case KijunLexer.MONTHS: return Expr.DateUnit.MONTHS;
      default: return Expr.DateUnit.YEARS;
    }
  }

  // ------------------------------------------------------------------ leaves

  private Identifier id(Token t) {
    return new Identifier(t.getText(), span(t));
  }

  private Identifier id(IdentContext ctx) {
    return new Identifier(ctx.getText(), span(ctx));
  }

  Word word(WordContext ctx) {
    return new Word(ctx.getText(), span(ctx));
  }

  Str str(Token t) {
    return new Str(unquote(t), span(t));
  }

  /** A date, or empty when the literal names no real day (2026-02-30); the resolver reports it. */
  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An integer literal; one beyond 64 bits is {@link Code#OUT_OF_RANGE} (and reads as 0, never a clamped value). */
  private long parseLong(Token t) {
    try {
      return Long.parseLong(t.getText());
    } catch (NumberFormatException e) {
      diagnostics.error(Code.OUT_OF_RANGE, span(t), "the integer " + abbreviate(t.getText()) + " does not fit in 64 bits",
          "the largest integer is " + Long.MAX_VALUE);
      return 0;
    }
  }

  private static String abbreviate(String digits) {
    return digits.length() <= 30 ? digits : digits.substring(0, 12) + "…" + digits.substring(digits.length() - 6)
        + " (" + digits.length() + " digits)";
  }

  /**
   * The value of a string token. The escapes are {@code \n}, {@code \t}, {@code \"} and {@code \\}; any other is
   * {@link Code#BAD_ESCAPE} (and is kept as written, so later stages see the text the author wrote).
   */
  private String unquote(Token t) {
    String quoted = t.getText();
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char n = quoted.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case '"', '\\' -> sb.append(n);
          default -> {
            int at = t.getStartIndex() + i - 1;
            diagnostics.error(Code.BAD_ESCAPE, new Span(file, at, at + 2), "`\\" + n + "` is not an escape kijun knows",
                "the escapes are `\\n`, `\\t`, `\\\"` and `\\\\`; write `\\\\` for a backslash itself");
            sb.append('\\').append(n);
          }
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private Optional<String> doc(ParserRuleContext ctx) {
    if (ctx == null || ctx.start == null) {
      return Optional.empty();
    }
    List<Token> hidden = tokens.getHiddenTokensToLeft(ctx.start.getTokenIndex(), DOC_CHANNEL);
    if (hidden == null || hidden.isEmpty()) {
      return Optional.empty();
    }
    String raw = hidden.get(hidden.size() - 1).getText();
    String body = raw.substring(3, raw.length() - 2);
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("*")) {
        l = l.substring(1).strip();
      }
      lines.add(l);
    }
    String text = String.join(" ", lines).strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  Span span(ParserRuleContext ctx) {
    Token start = ctx.start;
    Token stop = ctx.stop;
    int s = start == null ? 0 : Math.max(0, start.getStartIndex());
    int e = stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < s ? s : stop.getStopIndex() + 1;
    int len = file.text().length();
    return new Span(file, Math.min(s, len), Math.min(Math.max(e, s), len));
  }

  Span span(Token t) {
    int len = file.text().length();
    int s = Math.min(Math.max(0, t.getStartIndex()), len);
    int e = Math.min(Math.max(s, t.getStopIndex() + 1), len);
    return new Span(file, s, e);
  }

  @SuppressWarnings("unused")
  private static final int KEEP_PARSER_IMPORT = KijunParser.RULE_file;
}
