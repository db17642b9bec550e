package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.DocumentInfo;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Schema;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.model.Text2;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the files of one edition in fixed phases: the document block, constants, a first walk that declares
 * every requirement id and question (so {@code answer()} may point forward), then a second walk that resolves
 * structure and requirements into the model.
 */
final class EditionResolver {
  private final Diagnostics diagnostics;
  private final Map<String, Schema> schemas;

  EditionResolver(Diagnostics diagnostics, Map<String, Schema> schemas) {
    this.diagnostics = diagnostics;
    this.schemas = schemas;
  }

  Optional<Edition> resolve(String document, String edition, List<KijunFile> files, Set<String> schemaNames) {
    String key = document + "@" + edition;
    Diagnostics d = diagnostics.in("edition " + key);
    List<Decl.DocumentDecl> docs = new ArrayList<>();
    List<Decl.ConstDecl> constDecls = new ArrayList<>();
    List<Decl> top = new ArrayList<>();
    for (KijunFile f : files) {
      for (Decl decl : f.declarations()) {
        if (decl instanceof Decl.DocumentDecl doc) {
          docs.add(doc);
        } else if (decl instanceof Decl.ConstDecl c) {
          constDecls.add(c);
        } else if (decl instanceof Decl.StructureDecl || decl instanceof Decl.RequirementDecl) {
          top.add(decl);
        } else {
          d.error(Code.SYNTAX, decl.span(), "records, enums and `root` belong in a `schema` file",
              "move the declaration to a file that starts with `schema \"…\";`");
        }
      }
    }
    if (docs.isEmpty()) {
      d.error(Code.MISSING_DOCUMENT, files.get(0).header().span(), "edition `" + key + "` has no `document` block",
          "add `document { title ja \"…\" title en \"…\" publisher \"…\" published YYYY-MM-DD source \"…\" evidence \"…\" status … }` to one of its files");
      return Optional.empty();
    }
    for (int i = 1; i < docs.size(); i++) {
      d.error(Code.MISSING_DOCUMENT, docs.get(i).span(), "edition `" + key + "` has a second `document` block",
          "first at " + docs.get(0).span().location());
    }
    DocumentParts doc = document(docs.get(0), d, schemaNames);
    Optional<Schema> schema = doc.schema.map(schemas::get);
    Map<String, Constant> constants = new LinkedHashMap<>();
    schema.ifPresent(s -> s.constants().forEach(c -> constants.put(c.name(), c)));
    Map<String, EnumDef> enums = new LinkedHashMap<>();
    Map<String, RecordDef> records = new LinkedHashMap<>();
    schema.ifPresent(s -> s.enums().forEach(e -> enums.put(e.name(), e)));
    schema.ifPresent(s -> s.records().forEach(r -> records.put(r.name(), r)));
    top = VolumeMerger.merge(top, d);
    Set<String> questions = new LinkedHashSet<>();
    Map<String, Declared> ids = new LinkedHashMap<>();
    for (Decl decl : top) {
      declareIds(decl, d, ids, questions, "", "");
    }
    Scope base = new Scope(schema.map(Schema::root), constants, enums, records, Map.of(), Optional.empty(), key,
        questions, new int[1]);
    SchemaResolver.TypeResolver types = new SchemaResolver.TypeResolver(records, enums);
    List<Constant> own = new ArrayList<>();
    for (Decl.ConstDecl c : constDecls) {
      if (constants.containsKey(c.name().text())) {
        d.error(Code.DUPLICATE_ID, c.name().span(), "constant `" + c.name().text() + "` is already declared",
            "first declared at " + constants.get(c.name().text()).span().location());
        continue;
      }
      new SchemaResolver.ConstantResolver(d, types).resolve(c, base).ifPresent(k -> {
        constants.put(k.name(), k);
        own.add(k);
      });
    }
    Optional<Scope> scope = schema.isPresent() ? Optional.of(base) : Optional.empty();
    RequirementResolver requirements = new RequirementResolver(document, edition, scope, doc.markers);
    List<StructureNode> structure = new ArrayList<>();
    List<Requirement> all = new ArrayList<>();
    Walk walk = new Walk(document, edition, requirements, scope, doc.markers, d, all);
    List<Requirement> loose = new ArrayList<>();
    for (Decl decl : top) {
      if (decl instanceof Decl.StructureDecl s) {
        walk.structure(s, "", "", Inherited.NONE).ifPresent(structure::add);
      } else if (decl instanceof Decl.RequirementDecl r) {
        walk.requirement(r, "", Inherited.NONE).ifPresent(loose::add);
      }
    }
    if (doc.info.isEmpty() || schema.isEmpty()) {
      return Optional.empty();
    }
    List<String> paths = files.stream().map(f -> f.span().file().path()).sorted().toList();
    return Optional.of(new Edition(document, edition, doc.info.get(), schema.get(), structure, all, own, paths));
  }

  private record DocumentParts(Optional<DocumentInfo> info, Optional<String> schema, Markers markers) {}

  private DocumentParts document(Decl.DocumentDecl doc, Diagnostics d, Set<String> schemaNames) {
    Map<Class<?>, Decl.DocItem> seen = new LinkedHashMap<>();
    List<dev.kijun.compiler.ast.Leaf.Text> titles = new ArrayList<>();
    for (Decl.DocItem item : doc.items()) {
      if (item instanceof Decl.DocTitle t) {
        titles.addAll(t.titles());
        continue;
      }
      if (item instanceof Decl.DocProfile || item instanceof Decl.DocForm) {
        continue;
      }
      Decl.DocItem previous = seen.putIfAbsent(item.getClass(), item);
      if (previous != null) {
        d.error(Code.DUPLICATE_ITEM, item.span(), "the document block gives this item twice",
            "first given at " + previous.span().location());
      }
    }
    // Missing items are reported at the `document` keyword, not under the whole block's first line.
    Span keyword = new Span(doc.span().file(), doc.span().start(), Math.min(doc.span().end(), doc.span().start() + 8));
    Text2 title = TextResolver.resolve(titles, d, "title", keyword, true);
    Optional<String> publisher = get(seen, Decl.DocPublisher.class).map(p -> p.value().value());
    Optional<Decl.DocPublished> published = get(seen, Decl.DocPublished.class);
    Optional<String> source = get(seen, Decl.DocSource.class).map(s -> s.url().value());
    Optional<Decl.DocEvidence> evidence = get(seen, Decl.DocEvidence.class);
    Optional<Decl.StatusClause> statusClause = get(seen, Decl.StatusClause.class);
    Span where = doc.span();
    missing(publisher, "publisher", where, d, "add `publisher \"…\"`");
    missing(published, "published", where, d, "add `published YYYY-MM-DD`, the publication date");
    missing(source, "source", where, d, "add `source \"https://…\"`, where the document is published");
    missing(evidence, "evidence", where, d, "add `evidence \"<schema>\"`, the schema its checks read");
    missing(statusClause, "status", where, d, "add e.g. `status verified`");
    Optional<LocalDate> date = published.flatMap(p -> {
      if (p.date().isEmpty()) {
        // The item is `published <date>`: point at the date, its last ten characters.
        Span s = p.span();
        Span at = new Span(s.file(), Math.max(s.start(), s.end() - 10), s.end());
        d.error(Code.SYNTAX, at, "`" + at.text() + "` is not a calendar date",
            "dates are written YYYY-MM-DD with a real month and day, e.g. `2026-04-01`");
      }
      return p.date();
    });
    Optional<String> schema = evidence.flatMap(e -> {
      String name = e.schema().value();
      if (!schemaNames.contains(name)) {
        d.error(Code.UNKNOWN_SCHEMA, e.schema().span(), "no schema `" + name + "` among the compiled sources",
            DidYouMean.closest(name, schemaNames).map(s -> "did you mean `" + s + "`?")
                .orElse("compile the file that starts with `schema \"" + name + "\";` together with this edition"));
        return Optional.empty();
      }
      return Optional.of(name);
    });
    Optional<Status> status = statusClause.flatMap(s -> Vocabulary.status(s.value(), d));
    Markers markers = Markers.of(doc, d);
    if (publisher.isEmpty() || date.isEmpty() || source.isEmpty() || status.isEmpty()) {
      return new DocumentParts(Optional.empty(), schema, markers);
    }
    String note = statusClause.flatMap(Decl.StatusClause::note).map(s -> s.value()).orElse("");
    return new DocumentParts(Optional.of(new DocumentInfo(title, publisher.get(), date.get(), source.get(), status.get(),
        note, markers.profiles(), markers.forms())), schema, markers);
  }

  private static <T> Optional<T> get(Map<Class<?>, Decl.DocItem> seen, Class<T> kind) {
    return Optional.ofNullable(seen.get(kind)).map(kind::cast);
  }

  private static void missing(Optional<?> item, String name, Span where, Diagnostics d, String help) {
    if (item.isEmpty()) {
      d.error(Code.MISSING_ITEM, new Span(where.file(), where.start(), Math.min(where.end(), where.start() + 8)),
          "the document block has no `" + name + "`", help);
    }
  }

  /** What first declared an id: {@code "requirement"} or a structure keyword, and where. */
  private record Declared(String kind, Span span) {}

  private static void declareIds(Decl decl, Diagnostics d, Map<String, Declared> ids, Set<String> questions,
      String parent, String volume) {
    if (decl instanceof Decl.RequirementDecl r) {
      declare(ids, r.id().value(), new Declared("requirement", r.id().span()), d);
      if (r.items().stream().anyMatch(i -> i instanceof Decl.QuestionCheck)) {
        questions.add(r.id().value());
      }
    } else if (decl instanceof Decl.StructureDecl s) {
      NodeNumbers.check(s, d);
      String path = NodeNumbers.path(parent, volume, s.number().value());
      declare(ids, path, new Declared(s.kind().keyword(), s.number().span()), d);
      String inner = s.kind() == Decl.StructureKind.VOLUME ? path : volume;
      for (Decl.StructureItem item : s.items()) {
        if (item instanceof Decl d2) {
          declareIds(d2, d, ids, questions, path, inner);
        }
      }
    }
  }

  private static void declare(Map<String, Declared> ids, String id, Declared now, Diagnostics d) {
    Declared first = ids.putIfAbsent(id, now);
    if (first == null) {
      return;
    }
    boolean firstIsReq = first.kind().equals("requirement");
    boolean nowIsReq = now.kind().equals("requirement");
    if (firstIsReq != nowIsReq) {
      Declared node = firstIsReq ? now : first;
      Declared req = firstIsReq ? first : now;
      d.error(Code.ID_COLLISION, now.span(), node.kind() + " `" + id + "` (at " + node.span().location()
          + ") and requirement `" + id + "` (at " + req.span().location() + ") share one id",
          "a numbered heading is written with `§`, e.g. `section \"§8.1\"` inside chapter \"8\" is `<VOL>.§8.1`; "
              + "items keep `<VOL>.<chapter>.<n>`");
    } else if (nowIsReq) {
      d.error(Code.DUPLICATE_ID, now.span(), "requirement id `" + id + "` is already used",
          "first used at " + first.span().location());
    } else {
      d.error(Code.DUPLICATE_ID, now.span(), now.kind() + " `" + id + "` is already declared",
          "first declared at " + first.span().location());
    }
  }

  /** The second walk: builds structure nodes bottom-up and requirements in source order. */
  private static final class Walk {
    private final String document;
    private final String edition;
    private final RequirementResolver requirements;
    private final Optional<Scope> scope;
    private final Markers markers;
    private final Diagnostics d;
    private final List<Requirement> all;

    Walk(String document, String edition, RequirementResolver requirements, Optional<Scope> scope, Markers markers,
        Diagnostics d, List<Requirement> all) {
      this.document = document;
      this.edition = edition;
      this.requirements = requirements;
      this.scope = scope;
      this.markers = markers;
      this.d = d;
      this.all = all;
    }

    Optional<StructureNode> structure(Decl.StructureDecl s, String parent, String volume, Inherited inherited) {
      String path = NodeNumbers.path(parent, volume, s.number().value());
      String innerVolume = s.kind() == Decl.StructureKind.VOLUME ? path : volume;
      Diagnostics inner = d.in(s.kind().keyword() + " " + path);
      Text2 title = TextResolver.resolve(s.titles(), inner, "title", s.number().span(), false);
      Status status = Status.VERIFIED;
      String note = "";
      List<TypedExpr> conditions = new ArrayList<>(inherited.conditions());
      List<String> profiles = inherited.profiles();
      boolean ownProfiles = false;
      for (Decl.StructureItem item : s.items()) {
        if (item instanceof Decl.StatusClause st) {
          status = Vocabulary.status(st.value(), inner).orElse(status);
          note = st.note().map(n -> n.value()).orElse("");
        } else if (item instanceof Decl.AppliesClause a && scope.isPresent()) {
          conditions.add(new ExprChecker(inner).condition(a.condition(), scope.get().forCheck(Optional.empty())));
        } else if (item instanceof Decl.ProfilesClause p) {
          if (ownProfiles) {
            inner.error(Code.DUPLICATE_ITEM, p.span(), "`profiles` is given twice", "list every marker in one clause");
            continue;
          }
          ownProfiles = true;
          profiles = markers.profiles(p, inner);
        }
      }
      List<LabelDef> labels = new ArrayList<>();
      Inherited here = new Inherited(conditions, profiles, Markers.labels(s, inherited.labels(), labels, inner));
      List<StructureNode> children = new ArrayList<>();
      List<Requirement> reqs = new ArrayList<>();
      for (Decl.StructureItem item : s.items()) {
        if (item instanceof Decl.StructureDecl child) {
          structure(child, path, innerVolume, here).ifPresent(children::add);
        } else if (item instanceof Decl.RequirementDecl r) {
          requirement(r, path, here).ifPresent(reqs::add);
        }
      }
      return Optional.of(new StructureNode(s.kind(), s.number().value(), path, title, status, note, children, reqs,
          profiles, labels, s.span()));
    }

    Optional<Requirement> requirement(Decl.RequirementDecl r, String parent, Inherited inherited) {
      if (r.id().value().contains("§")) {
        d.error(Code.BAD_CLAUSE_ID, r.id().span(), "requirement id `" + r.id().value() + "` contains `§`",
            "`§` marks a numbered heading (`section \"§8.1\"`); an item is numbered `<VOL>.<chapter>.<n>`, e.g. `SYS.8.1`");
        return Optional.empty();
      }
      Optional<ClauseRef> id = References.parse(r.id().value(), document, edition, r.id().span(), d);
      if (id.isEmpty() || r.id().value().contains("@")) {
        if (id.isPresent()) {
          d.error(Code.BAD_CLAUSE_ID, r.id().span(), "a requirement id is local to its edition",
              "write only the clause id, e.g. `" + id.get().clause() + "`");
        }
        return Optional.empty();
      }
      Optional<Requirement> req = requirements.resolve(id.get(), r, parent, inherited, d);
      req.ifPresent(all::add);
      return req;
    }
  }
}
