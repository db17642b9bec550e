package dev.kijun.compiler.ast;

import dev.kijun.compiler.ast.Leaf.Identifier;
import dev.kijun.compiler.ast.Leaf.Str;
import dev.kijun.compiler.ast.Leaf.Text;
import dev.kijun.compiler.ast.Leaf.Word;
import dev.kijun.compiler.source.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Top-level and nested declarations. */
public sealed interface Decl extends Node {

  /** {@code record Name { field: type … }} */
  record RecordDecl(Optional<String> doc, Identifier name, List<FieldDecl> fields, Span span) implements Decl {
    public RecordDecl {
      fields = List.copyOf(fields);
    }
  }

  /** One field of a record. */
  record FieldDecl(Optional<String> doc, Identifier name, TypeRef type, Span span) implements Node {}

  /** {@code [ordered] enum Name { A "a", B }} */
  record EnumDecl(Optional<String> doc, boolean ordered, Identifier name, List<EnumConstantDecl> constants, Span span)
      implements Decl {
    public EnumDecl {
      constants = List.copyOf(constants);
    }
  }

  /** One enum constant with its optional JSON spelling. */
  record EnumConstantDecl(Optional<String> doc, Identifier name, Optional<Str> json, Span span) implements Node {}

  /** {@code const NAME: type = value} */
  record ConstDecl(Optional<String> doc, Identifier name, TypeRef type, Expr value, Span span) implements Decl {}

  /** {@code root Name} */
  record RootDecl(Identifier name, Span span) implements Decl {}

  /** {@code document { … }} */
  record DocumentDecl(List<DocItem> items, Span span) implements Decl {
    public DocumentDecl {
      items = List.copyOf(items);
    }
  }

  /** {@code volume|chapter|section "n" title … { … }} */
  record StructureDecl(StructureKind kind, Str number, List<Text> titles, List<StructureItem> items, Span span)
      implements Decl, StructureItem {
    public StructureDecl {
      titles = List.copyOf(titles);
      items = List.copyOf(items);
    }
  }

  /** {@code requirement "id" { … }} */
  record RequirementDecl(Str id, List<ReqItem> items, Span span) implements Decl, StructureItem {
    public RequirementDecl {
      items = List.copyOf(items);
    }
  }

  /** The three levels of structure. */
  enum StructureKind {
    VOLUME, CHAPTER, SECTION;

    /** Lowercase keyword. */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Items of a document block. */
  sealed interface DocItem extends Node {}

  /** {@code title ja "…" en "…"} */
  record DocTitle(List<Text> titles, Span span) implements DocItem {
    public DocTitle {
      titles = List.copyOf(titles);
    }
  }

  /** {@code publisher "…"} */
  record DocPublisher(Str value, Span span) implements DocItem {}

  /** {@code published 2022-03-31}; {@code date} is empty when the text is not a real date. */
  record DocPublished(Optional<LocalDate> date, Span span) implements DocItem {}

  /** {@code source "url"} */
  record DocSource(Str url, Span span) implements DocItem {}

  /** {@code evidence "schema"} */
  record DocEvidence(Str schema, Span span) implements DocItem {}

  /** {@code profile I ja "…" en "…" status …}: what a reading marker means. */
  record DocProfile(Identifier name, List<Text> titles, Optional<StatusClause> status, Span span) implements DocItem {
    public DocProfile {
      titles = List.copyOf(titles);
    }
  }

  /** {@code form institution title ja "…" en "…" audience medical-institution}: one form of a checklist. */
  record DocForm(Identifier name, List<Text> titles, List<Word> audience, Span span) implements DocItem {
    public DocForm {
      titles = List.copyOf(titles);
      audience = List.copyOf(audience);
    }
  }

  /** {@code status word "note"} — in documents, structure and requirements. */
  record StatusClause(Word value, Optional<Str> note, Span span) implements DocItem, StructureItem, ReqItem {}

  /** Items inside a structure block. */
  sealed interface StructureItem extends Node {}

  /** {@code applies when expr} — in structure and requirements. */
  record AppliesClause(Expr condition, Span span) implements StructureItem, ReqItem {}

  /** {@code profiles I, III} — reading markers of a structure node or requirement. */
  record ProfilesClause(List<Identifier> names, Span span) implements StructureItem, ReqItem {
    public ProfilesClause {
      names = List.copyOf(names);
    }
  }

  /** {@code label accountability ja "説明責任" en "Accountability"} — a label its items' ids may carry. */
  record LabelDecl(Identifier name, List<Text> titles, Span span) implements StructureItem {
    public LabelDecl {
      titles = List.copyOf(titles);
    }
  }

  /** Items inside a requirement block. */
  sealed interface ReqItem extends Node {}

  /** {@code title ja "…" en "…"} */
  record ReqTitle(List<Text> titles, Span span) implements ReqItem {
    public ReqTitle {
      titles = List.copyOf(titles);
    }
  }

  /** {@code level mandatory} */
  record ReqLevel(Word value, Span span) implements ReqItem {}

  /** {@code audience a, b} */
  record ReqAudience(List<Word> values, Span span) implements ReqItem {
    public ReqAudience {
      values = List.copyOf(values);
    }
  }

  /** {@code targets a, b} */
  record ReqTargets(List<Word> values, Span span) implements ReqItem {
    public ReqTargets {
      values = List.copyOf(values);
    }
  }

  /** {@code source "url" page "p" note "n"} */
  record ReqSource(Str url, Optional<Str> page, Optional<Str> note, Span span) implements ReqItem {}

  /** {@code summary ja "…"} */
  record ReqSummary(Text text, Span span) implements ReqItem {}

  /** {@code cites "doc@ed/clause", …} */
  record ReqCites(List<Str> targets, Span span) implements ReqItem {
    public ReqCites {
      targets = List.copyOf(targets);
    }
  }

  /** {@code check automated "explanation" [effective from DATE] { expr }} */
  record AutomatedCheck(Str explanation, Expr body, Optional<EffectiveClause> effective, Span span)
      implements ReqItem {}

  /** {@code check question { ask ja "…" ask en "…" ask vendor ja "…" en "…" }}: default and per-form wording. */
  record QuestionCheck(List<Text> asks, List<FormAsk> formAsks, Optional<EffectiveClause> effective, Span span)
      implements ReqItem {
    public QuestionCheck {
      asks = List.copyOf(asks);
      formAsks = List.copyOf(formAsks);
    }
  }

  /** {@code ask vendor ja "…" en "…"}: the question as one checklist form words it. */
  record FormAsk(Identifier form, List<Text> texts, Span span) implements Node {
    public FormAsk {
      texts = List.copyOf(texts);
    }
  }

  /** {@code check review "what is examined" [effective from DATE]} */
  record ReviewCheck(Str explanation, Optional<EffectiveClause> effective, Span span) implements ReqItem {}

  /** A date as written; {@code value} is empty when the literal names no real day (2027-02-30). */
  record DateText(Optional<LocalDate> value, Span span) implements Node {}

  /** {@code effective from DATE}: on a requirement, or after a check's kind and explanation. */
  record EffectiveClause(DateText date, Span span) implements ReqItem {}

  /** {@code relief "explanation" [until DATE] when condition}: a transitional relief of a dated requirement. */
  record ReliefClause(Str explanation, Optional<DateText> until, Expr condition, Span span) implements ReqItem {}

  /** {@code superseded on DATE by "clause"}: the day the requirement gives way to its successor. */
  record SupersededClause(DateText on, Str successor, Span span) implements ReqItem {}

  /** {@code waiver name { summary ja "…" summary en "…" }} */
  record WaiverDecl(Identifier name, List<Text> summaries, Span span) implements ReqItem {
    public WaiverDecl {
      summaries = List.copyOf(summaries);
    }
  }

  /** {@code map "source" relationship "target" { facts, confidence, rationale }} */
  record MapDecl(Str source, Word relation, Str target, List<MapItem> items, Span span) implements Decl {
    public MapDecl {
      items = List.copyOf(items);
    }
  }

  /** Items inside a map block. */
  sealed interface MapItem extends Node {}

  /** {@code rationale "…"} */
  record MapRationale(Str text, Span span) implements MapItem {}

  /** {@code confidence high} */
  record MapConfidence(Word value, Span span) implements MapItem {}

  /** Where a map, withdrawn or new line comes from. */
  sealed interface Provenance extends MapItem {}

  /** {@code official doc "9298" page "8"}; {@code page} is empty when omitted (an error the resolver reports). */
  record OfficialProvenance(Str doc, Optional<Str> page, Span span) implements Provenance {}

  /** {@code ours}: our own reading, explained by the line's rationale. */
  record OurProvenance(Span span) implements Provenance {}

  /** A lifecycle fact such as {@code renumbered} or {@code split-into}. */
  record MapFact(Word value, Span span) implements MapItem {}

  /** {@code withdrawn "clause" { reason "…" [provenance] }} */
  record WithdrawnDecl(Str clause, Optional<Str> reason, List<Provenance> provenance, Span span) implements Decl {
    public WithdrawnDecl {
      provenance = List.copyOf(provenance);
    }
  }

  /** {@code new "clause" { rationale "…" [provenance] }} */
  record NewDecl(Str clause, Optional<Str> rationale, List<Provenance> provenance, Span span) implements Decl {
    public NewDecl {
      provenance = List.copyOf(provenance);
    }
  }
}
