package dev.kijun.compiler.syntax;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.ast.Leaf.Word;
import dev.kijun.grammar.KijunParser.MapConfidenceContext;
import dev.kijun.grammar.KijunParser.MapDeclContext;
import dev.kijun.grammar.KijunParser.MapFactContext;
import dev.kijun.grammar.KijunParser.MapItemContext;
import dev.kijun.grammar.KijunParser.MapProvenanceContext;
import dev.kijun.grammar.KijunParser.MapRationaleContext;
import dev.kijun.grammar.KijunParser.NewDeclContext;
import dev.kijun.grammar.KijunParser.NewItemContext;
import dev.kijun.grammar.KijunParser.NewProvenanceContext;
import dev.kijun.grammar.KijunParser.NewRationaleContext;
import dev.kijun.grammar.KijunParser.OfficialProvenanceContext;
import dev.kijun.grammar.KijunParser.OurProvenanceContext;
import dev.kijun.grammar.KijunParser.ProvenanceContext;
import dev.kijun.grammar.KijunParser.WithdrawnDeclContext;
import dev.kijun.grammar.KijunParser.WithdrawnItemContext;
import dev.kijun.grammar.KijunParser.WithdrawnProvenanceContext;
import dev.kijun.grammar.KijunParser.WithdrawnReasonContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the declarations of mapping files ({@code map}, {@code withdrawn}, {@code new} and their provenance) for
 * {@link AstBuilder}, whose leaf helpers it uses. Like it, it only builds nodes; a part the parser could not recover
 * is left out (the syntax error is already reported).
 */
final class MappingDeclBuilder {
  private final AstBuilder b;

  MappingDeclBuilder(AstBuilder b) {
    this.b = b;
  }

  Decl.MapDecl map(MapDeclContext ctx) {
    if (ctx.source == null || ctx.target == null || ctx.relation == null) {
      return null;
    }
    List<Decl.MapItem> items = new ArrayList<>();
    for (MapItemContext item : ctx.mapItem()) {
      if (item instanceof MapRationaleContext r && r.text != null) {
        items.add(new Decl.MapRationale(b.str(r.text), b.span(item)));
      } else if (item instanceof MapConfidenceContext c && c.value != null) {
        items.add(new Decl.MapConfidence(b.word(c.value), b.span(item)));
      } else if (item instanceof MapProvenanceContext p) {
        provenance(p.provenance()).ifPresent(items::add);
      } else if (item instanceof MapFactContext f && f.fact != null) {
        items.add(new Decl.MapFact(b.word(f.fact), b.span(item)));
      }
    }
    return new Decl.MapDecl(b.str(ctx.source), new Word(ctx.relation.getText(), b.span(ctx.relation)),
        b.str(ctx.target), items, b.span(ctx));
  }

  Decl.WithdrawnDecl withdrawn(WithdrawnDeclContext w) {
    if (w.clause == null) {
      return null;
    }
    Optional<Str> reason = Optional.empty();
    List<Decl.Provenance> provenance = new ArrayList<>();
    for (WithdrawnItemContext item : w.withdrawnItem()) {
      if (item instanceof WithdrawnReasonContext r && r.text != null && reason.isEmpty()) {
        reason = Optional.of(b.str(r.text));
      } else if (item instanceof WithdrawnProvenanceContext p) {
        provenance(p.provenance()).ifPresent(provenance::add);
      }
    }
    return new Decl.WithdrawnDecl(b.str(w.clause), reason, provenance, b.span(w));
  }

  Decl.NewDecl added(NewDeclContext n) {
    if (n.clause == null) {
      return null;
    }
    Optional<Str> rationale = Optional.empty();
    List<Decl.Provenance> provenance = new ArrayList<>();
    for (NewItemContext item : n.newItem()) {
      if (item instanceof NewRationaleContext r && r.text != null && rationale.isEmpty()) {
        rationale = Optional.of(b.str(r.text));
      } else if (item instanceof NewProvenanceContext p) {
        provenance(p.provenance()).ifPresent(provenance::add);
      }
    }
    return new Decl.NewDecl(b.str(n.clause), rationale, provenance, b.span(n));
  }

  private Optional<Decl.Provenance> provenance(ProvenanceContext ctx) {
    if (ctx instanceof OfficialProvenanceContext o && o.doc != null) {
      return Optional.of(new Decl.OfficialProvenance(b.str(o.doc),
          o.page == null ? Optional.empty() : Optional.of(b.str(o.page)), b.span(ctx)));
    }
    if (ctx instanceof OurProvenanceContext) {
      return Optional.of(new Decl.OurProvenance(b.span(ctx)));
    }
    return Optional.empty();
  }
}
