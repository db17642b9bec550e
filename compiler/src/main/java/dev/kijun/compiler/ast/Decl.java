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

  /** {@code status word "note"} — in documents, structure and requirements. */
  record StatusClause(Word value, Optional<Str> note, Span span) implements DocItem, StructureItem, ReqItem {}

  /** Items inside a structure block. */
  sealed interface StructureItem extends Node {}

  /** {@code applies when expr} — in structure and requirements. */
  record AppliesClause(Expr condition, Span span) implements StructureItem, ReqItem {}

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

  /** {@code check automated "explanation" { expr }} */
  record AutomatedCheck(Str explanation, Expr body, Span span) implements ReqItem {}

  /** {@code check question { ask ja "…" ask en "…" }} */
  record QuestionCheck(List<Text> asks, Span span) implements ReqItem {
    public QuestionCheck {
      asks = List.copyOf(asks);
    }
  }

  /** {@code check review "what is examined"} */
  record ReviewCheck(Str explanation, Span span) implements ReqItem {}

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

  /** A lifecycle fact such as {@code renumbered} or {@code split-into}. */
  record MapFact(Word value, Span span) implements MapItem {}

  /** {@code withdrawn "clause" { reason "…" }} */
  record WithdrawnDecl(Str clause, Optional<Str> reason, Span span) implements Decl {}

  /** {@code new "clause" { rationale "…" }} */
  record NewDecl(Str clause, Optional<Str> rationale, Span span) implements Decl {}
}
