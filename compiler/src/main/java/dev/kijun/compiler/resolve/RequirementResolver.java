package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Expr.LogicalOp;
import dev.kijun.compiler.ast.Leaf.Text;
import dev.kijun.compiler.ast.Leaf.Word;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Text2;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resolves one requirement declaration: its items, vocabulary words, texts, references, conditions and checks. */
final class RequirementResolver {
  private final String document;
  private final String edition;
  private final Optional<Scope> scope;
  private final Markers markers;

  RequirementResolver(String document, String edition, Optional<Scope> scope, Markers markers) {
    this.document = document;
    this.edition = edition;
    this.scope = scope;
    this.markers = markers;
  }

  Optional<Requirement> resolve(ClauseRef id, Decl.RequirementDecl decl, String parentPath, Inherited inherited,
      Diagnostics outer) {
    Diagnostics d = outer.in("requirement " + id.clause());
    Items items = new Items(decl, d);
    List<WaiverDef> waivers = new ArrayList<>();
    java.util.Map<String, Span> waiverNames = new java.util.HashMap<>();
    for (Decl.ReqItem item : decl.items()) {
      if (item instanceof Decl.WaiverDecl w) {
        Span first = waiverNames.putIfAbsent(w.name().text(), w.name().span());
        if (first != null) {
          d.error(Code.DUPLICATE_ID, w.name().span(), "waiver `" + w.name().text() + "` is declared twice",
              "first declared at " + first.location());
          continue;
        }
        waivers.add(new WaiverDef(w.name().text(),
            TextResolver.resolve(w.summaries(), d, "summary of waiver " + w.name().text(), w.span(), true), w.span()));
      }
    }
    Optional<Level> level = items.one(Decl.ReqLevel.class, "level").flatMap(l -> Vocabulary.level(l.value(), d));
    Set<Audience> audience = EnumSet.allOf(Audience.class);
    Optional<Decl.ReqAudience> aud = items.one(Decl.ReqAudience.class, "audience");
    if (aud.isPresent()) {
      audience = EnumSet.noneOf(Audience.class);
      for (Word w : aud.get().values()) {
        Vocabulary.audience(w, d).ifPresent(audience::add);
      }
    }
    List<Target> targets = new ArrayList<>();
    Optional<Decl.ReqTargets> tgt = items.one(Decl.ReqTargets.class, "targets");
    if (tgt.isPresent()) {
      for (Word w : tgt.get().values()) {
        Vocabulary.target(w, d).filter(t -> !targets.contains(t)).ifPresent(targets::add);
      }
    } else {
      targets.add(Target.ALL_SYSTEMS);
    }
    Optional<Decl.StatusClause> statusClause = items.one(Decl.StatusClause.class, "status");
    Status status = statusClause.flatMap(s -> Vocabulary.status(s.value(), d)).orElse(Status.UNKNOWN);
    String statusNote = statusClause.flatMap(Decl.StatusClause::note).map(s -> s.value()).orElse("");
    Citation source = items.one(Decl.ReqSource.class, "source")
        .map(s -> new Citation(s.url().value(), s.page().map(p -> p.value()).orElse(""), s.note().map(n -> n.value()).orElse("")))
        .orElse(new Citation("", "", ""));
    Text2 title = items.one(Decl.ReqTitle.class, "title")
        .map(t -> TextResolver.resolve(t.titles(), d, "title", t.span(), false)).orElse(new Text2("", ""));
    List<Text> summaries = new ArrayList<>();
    for (Decl.ReqItem item : decl.items()) {
      if (item instanceof Decl.ReqSummary s) {
        summaries.add(s.text());
      }
    }
    // A stub (status unknown, no checks) records an item whose text could not be read: only its source is required.
    boolean stub = status == Status.UNKNOWN && statusClause.isPresent() && decl.items().stream().noneMatch(
        i -> i instanceof Decl.AutomatedCheck || i instanceof Decl.QuestionCheck || i instanceof Decl.ReviewCheck);
    Text2 summary = TextResolver.resolve(summaries, d, "summary", decl.id().span(), !stub);
    List<Reference> cites = new ArrayList<>();
    for (Decl.ReqItem item : decl.items()) {
      if (item instanceof Decl.ReqCites c) {
        for (var target : c.targets()) {
          References.parse(target.value(), document, edition, target.span(), d).ifPresent(r -> cites.add(new Reference(r, target.span())));
        }
      }
    }
    ExprChecker checker = new ExprChecker(d);
    Optional<TypedExpr> applies = Optional.empty();
    for (TypedExpr t : inherited.conditions()) {
      applies = Optional.of(applies.<TypedExpr>map(a -> new TypedExpr.Logical(LogicalOp.AND, a, t, t.span())).orElse(t));
    }
    Optional<Decl.AppliesClause> own = items.one(Decl.AppliesClause.class, "applies when");
    if (own.isPresent() && scope.isPresent()) {
      TypedExpr t = checker.condition(own.get().condition(), scope.get().forCheck(Optional.empty()));
      applies = Optional.of(applies.<TypedExpr>map(a -> new TypedExpr.Logical(LogicalOp.AND, a, t, t.span())).orElse(t));
    }
    DatingResolver dating = new DatingResolver(document, edition, d);
    List<Check> checks = new ArrayList<>();
    List<Optional<Dating.Day>> checkDays = new ArrayList<>();
    for (Decl.ReqItem item : decl.items()) {
      if (item instanceof Decl.AutomatedCheck a) {
        if (scope.isPresent()) {
          TypedExpr body = checker.condition(a.body(), scope.get().forCheck(Optional.of(waivers)));
          checks.add(new Check.Automated(a.explanation().value(), body, a.body().span().text(), a.span()));
          checkDays.add(dating.check(a.effective()));
        }
      } else if (item instanceof Decl.QuestionCheck q) {
        checks.add(new Check.Question(TextResolver.resolve(q.asks(), d, "ask", q.span(), true),
            markers.formAsks(q, audience, d), q.span()));
        checkDays.add(dating.check(q.effective()));
      } else if (item instanceof Decl.ReviewCheck r) {
        checks.add(new Check.Review(r.explanation().value(), r.span()));
        checkDays.add(dating.check(r.effective()));
      }
    }
    Optional<Decl.ReliefClause> relief = items.one(Decl.ReliefClause.class, "relief");
    Optional<TypedExpr> reliefCondition = relief.flatMap(c -> scope.map(
        sc -> checker.condition(c.condition(), sc.forCheck(Optional.empty()))));
    Dating dates = dating.resolve(decl, items.one(Decl.EffectiveClause.class, "effective from"), relief,
        items.one(Decl.SupersededClause.class, "superseded"), reliefCondition, checkDays);
    if (!stub) {
      items.require(Decl.ReqLevel.class, "level", "add `level mandatory` or `level recommended`");
    }
    items.require(Decl.StatusClause.class, "status", "add e.g. `status verified` or `status recalled \"why\"`");
    items.require(Decl.ReqSource.class, "source", stub
        ? "a stub still names where the item is known from: add `source \"https://…\" page \"…\"`"
        : "add `source \"https://…\" page \"…\" note \"…\"`");
    if (!stub && checks.isEmpty() && decl.items().stream().noneMatch(i -> i instanceof Decl.AutomatedCheck)) {
      d.error(Code.MISSING_ITEM, decl.id().span(), "requirement `" + id.clause() + "` has no check",
          "add `check automated \"…\" { … }`, `check question { … }` or `check review \"…\"`; for an item whose "
              + "text could not be read, write a stub: `status unknown \"why\"` and no checks");
    }
    List<String> profiles = items.one(Decl.ProfilesClause.class, "profiles").map(p -> markers.profiles(p, d))
        .orElse(inherited.profiles());
    Optional<LabelDef> label = Markers.label(decl.id(), parentPath, inherited.labels(), d);
    return Optional.of(new Requirement(id, title, level, audience, targets, status, statusNote, source, summary, cites,
        applies, checks, waivers, parentPath, profiles, label, decl.span(), dates));
  }

  /** The items of one requirement, with "at most once" and "exactly once" checks. */
  private static final class Items {
    private final Decl.RequirementDecl decl;
    private final Diagnostics d;

    Items(Decl.RequirementDecl decl, Diagnostics d) {
      this.decl = decl;
      this.d = d;
    }

    <T extends Decl.ReqItem> Optional<T> one(Class<T> kind, String name) {
      T first = null;
      for (Decl.ReqItem item : decl.items()) {
        if (kind.isInstance(item)) {
          if (first == null) {
            first = kind.cast(item);
          } else {
            d.error(Code.DUPLICATE_ITEM, item.span(), "`" + name + "` is given twice",
                "first given at " + first.span().location());
          }
        }
      }
      return Optional.ofNullable(first);
    }

    void require(Class<? extends Decl.ReqItem> kind, String name, String help) {
      if (decl.items().stream().noneMatch(kind::isInstance)) {
        Span where = decl.id().span();
        d.error(Code.MISSING_ITEM, where, "requirement `" + decl.id().value() + "` has no `" + name + "`", help);
      }
    }
  }
}
