package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Provenance;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the files of one mapping (source edition → target edition): clause ids become {@link ClauseRef}s of the
 * right edition, words become relationships, lifecycle facts and confidences. Completeness, inverses and chains are
 * model checks ({@code check.Mapping*Check}), run once every mapping has resolved.
 */
final class MappingResolver {
  private final Diagnostics diagnostics;
  private final Map<String, Edition> editions;

  MappingResolver(Diagnostics diagnostics, Map<String, Edition> editions) {
    this.diagnostics = diagnostics;
    this.editions = editions;
  }

  Optional<Mapping> resolve(String source, String target, List<KijunFile> files) {
    Diagnostics d = diagnostics.in("mapping " + source + " -> " + target);
    KijunFile.MappingHeader header = (KijunFile.MappingHeader) files.get(0).header();
    Optional<Edition> from = edition(source, header.source(), d);
    Optional<Edition> to = edition(target, header.target(), d);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    List<Mapping.Entry> entries = new ArrayList<>();
    List<Mapping.Withdrawal> withdrawn = new ArrayList<>();
    List<Mapping.Addition> added = new ArrayList<>();
    Map<String, Str> seenPairs = new HashMap<>();
    for (KijunFile f : files) {
      for (Decl decl : f.declarations()) {
        if (decl instanceof Decl.MapDecl m) {
          Optional<ClauseRef> s = clause(m.source(), from.get(), d);
          Optional<ClauseRef> t = clause(m.target(), to.get(), d);
          Optional<Relationship> rel = relationship(m, d);
          Str previous = seenPairs.putIfAbsent(m.source().value() + "\u0000" + m.target().value(), m.source());
          if (previous != null) {
            d.error(Code.MAPPING_CONFLICT, m.source().span(), "`" + m.source().value() + "` is already mapped to `"
                + m.target().value() + "`", "first mapped at " + previous.span().location() + "; keep one line per pair");
          }
          Entry parts = items(m, d);
          if (s.isPresent() && t.isPresent() && rel.isPresent()) {
            entries.add(new Mapping.Entry(s.get(), rel.get(), t.get(), parts.facts, parts.confidence, parts.rationale,
                parts.provenance, m.span()));
          }
        } else if (decl instanceof Decl.WithdrawnDecl w) {
          if (w.reason().isEmpty()) {
            d.error(Code.MISSING_ITEM, w.clause().span(), "withdrawn `" + w.clause().value() + "` gives no reason",
                "add `{ reason \"…\" }`");
          }
          Optional<Provenance> p = MapProvenance.optional(w.provenance(), d);
          clause(w.clause(), from.get(), d).ifPresent(c -> withdrawn.add(
              new Mapping.Withdrawal(c, w.reason().map(Str::value).orElse(""), p, w.span())));
        } else if (decl instanceof Decl.NewDecl n) {
          Optional<Provenance> p = MapProvenance.optional(n.provenance(), d);
          clause(n.clause(), to.get(), d).ifPresent(c -> added.add(
              new Mapping.Addition(c, n.rationale().map(Str::value).orElse(""), p, n.span())));
        } else {
          d.error(Code.SYNTAX, decl.span(), "a mapping file holds `map`, `withdrawn` and `new` only",
              "requirements belong in an `edition` file, records and enums in a `schema` file");
        }
      }
    }
    for (Mapping.Entry e : entries) {
      withdrawn.stream().filter(w -> w.clause().equals(e.source())).forEach(w -> d.error(Code.MAPPING_CONFLICT,
          w.span(), "`" + e.source().clause() + "` is both mapped and withdrawn", "mapped at " + e.span().location()));
      added.stream().filter(a -> a.clause().equals(e.target())).forEach(a -> d.error(Code.MAPPING_CONFLICT,
          a.span(), "`" + e.target().clause() + "` is both mapped to and marked new", "mapped at " + e.span().location()));
    }
    List<String> paths = files.stream().map(f -> f.span().file().path()).sorted().toList();
    return Optional.of(new Mapping(source, target, entries, withdrawn, added, paths, header.span()));
  }

  private Optional<Edition> edition(String key, Str where, Diagnostics d) {
    Edition e = editions.get(key);
    if (e == null) {
      d.error(Code.UNKNOWN_REFERENCE, where.span(), "edition `" + key + "` is not among the compiled sources",
          DidYouMean.closest(key, editions.keySet()).map(s -> "did you mean `" + s + "`?")
              .orElse("compile the edition's sources together with the mapping"));
    }
    return Optional.ofNullable(e);
  }

  private static Optional<ClauseRef> clause(Str id, Edition edition, Diagnostics d) {
    Optional<Requirement> r = edition.requirement(id.value());
    if (r.isEmpty()) {
      List<String> ids = edition.requirements().stream().map(q -> q.id().clause()).toList();
      d.error(Code.UNKNOWN_REFERENCE, id.span(), "`" + id.value() + "` is not a requirement of edition `" + edition.key() + "`",
          DidYouMean.closest(id.value(), ids).map(s -> "did you mean `" + s + "`?")
              .orElse("mappings relate requirements; the left id is in the source edition, the right id in the target"));
      return Optional.empty();
    }
    return Optional.of(r.get().id());
  }

  private static Optional<Relationship> relationship(Decl.MapDecl m, Diagnostics d) {
    return Vocabulary.lookup(m.relation(), d, "relationship", Relationship.values(), Relationship::keyword);
  }

  private record Entry(Set<Mapping.Lifecycle> facts, Optional<Mapping.Confidence> confidence, String rationale,
      Provenance provenance) {}

  private static Entry items(Decl.MapDecl m, Diagnostics d) {
    Set<Mapping.Lifecycle> facts = EnumSet.noneOf(Mapping.Lifecycle.class);
    Optional<Mapping.Confidence> confidence = Optional.empty();
    String rationale = null;
    for (Decl.MapItem item : m.items()) {
      if (item instanceof Decl.MapRationale r) {
        if (rationale != null) {
          d.error(Code.DUPLICATE_ITEM, item.span(), "`rationale` is given twice", null);
        }
        rationale = r.text().value();
      } else if (item instanceof Decl.MapConfidence c) {
        if (confidence.isPresent()) {
          d.error(Code.DUPLICATE_ITEM, item.span(), "`confidence` is given twice", null);
        }
        confidence = Vocabulary.lookup(c.value(), d, "confidence", Mapping.Confidence.values(), Mapping.Confidence::keyword);
      } else if (item instanceof Decl.MapFact f) {
        Vocabulary.lookup(f.value(), d, "lifecycle fact", Mapping.Lifecycle.values(), Mapping.Lifecycle::keyword)
            .ifPresent(facts::add);
      }
    }
    if (rationale == null) {
      d.error(Code.MISSING_ITEM, m.source().span(), "the mapping of `" + m.source().value() + "` gives no rationale",
          "add `{ rationale \"why these clauses correspond\" }`");
    }
    List<Decl.Provenance> written = m.items().stream().filter(i -> i instanceof Decl.Provenance)
        .map(i -> (Decl.Provenance) i).toList();
    // A line without a usable provenance is reported; `ours` stands in so later checks still see the line.
    Provenance provenance = MapProvenance.required(written, m, d).orElse(new Provenance.Ours());
    return new Entry(facts, confidence, rationale == null ? "" : rationale, provenance);
  }
}
