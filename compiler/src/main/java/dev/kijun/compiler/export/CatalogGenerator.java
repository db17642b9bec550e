package dev.kijun.compiler.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.docs.BackReferences;
import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.explain.ExprPrinter;
import dev.kijun.compiler.explain.SourceText;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.DocumentInfo;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.FormDef;
import dev.kijun.compiler.model.LabelDef;
import dev.kijun.compiler.model.ProfileDef;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.evidence.AnswerValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Generates the machine-readable catalog of an edition, {@code <document>/<edition>/catalog.json}: document metadata,
 * the structure tree, and every requirement with all its metadata, its checks (explanation, expression as written and
 * canonical, in words, questions), waivers, citations both ways and where it is defined. Vocabulary values use their
 * source spellings ({@code mandatory}, {@code medical-institution}, {@code client-pc}, {@code inferred}). Pure and
 * deterministic: source order for structure and requirements, sorted back-references.
 */
public final class CatalogGenerator {
  /** Bumped when the shape of the catalog changes incompatibly. */
  public static final int FORMAT_VERSION = 1;
  /** Stated in every catalog. */
  public static final String NOTICE = "kijun summaries are paraphrases written for this project, not the official "
      + "text; verdicts are per clause and not a compliance claim. See document.source for the official text.";

  private CatalogGenerator() {}

  /** The catalog of {@code edition}; {@code program} supplies the clauses citing it from other editions. */
  public static OutputFile generate(Program program, Edition edition) {
    Map<ClauseRef, List<ClauseRef>> citedBy = BackReferences.of(program);
    ObjectNode root = JsonText.object();
    root.put("format", "kijun-catalog");
    root.put("formatVersion", FORMAT_VERSION);
    root.put("edition", edition.key());
    root.set("document", document(edition));
    root.put("notice", NOTICE);
    root.put("evidenceSchema", edition.schema().name());
    root.set("sourceFiles", JsonText.strings(edition.sourceFiles()));
    ArrayNode structure = root.putArray("structure");
    edition.structure().forEach(n -> structure.add(node(edition, n)));
    ArrayNode requirements = root.putArray("requirements");
    edition.requirements().forEach(r -> requirements.add(requirement(edition, r, citedBy)));
    return new OutputFile(edition.document() + "/" + edition.edition() + "/catalog.json", dev.kijun.runtime.report.PrettyJson.print(root));
  }

  private static ObjectNode document(Edition edition) {
    DocumentInfo info = edition.info();
    ObjectNode d = JsonText.object();
    d.put("id", edition.document());
    d.put("edition", edition.edition());
    d.set("title", JsonText.text2(info.title()));
    d.put("publisher", info.publisher());
    d.put("published", String.valueOf(info.published()));
    d.put("source", info.sourceUrl());
    d.put("status", info.status().keyword());
    d.put("statusNote", info.statusNote());
    ArrayNode profiles = d.putArray("profiles");
    for (ProfileDef p : info.profiles()) {
      ObjectNode o = profiles.addObject();
      o.put("name", p.name());
      o.set("title", JsonText.text2(p.title()));
      o.put("status", p.status().keyword());
      o.put("statusNote", p.statusNote());
    }
    ArrayNode forms = d.putArray("forms");
    for (FormDef f : info.forms()) {
      ObjectNode o = forms.addObject();
      o.put("name", f.name());
      o.set("title", JsonText.text2(f.title()));
      o.set("audience", audience(f.audience()));
    }
    return d;
  }

  private static ObjectNode node(Edition edition, StructureNode n) {
    ObjectNode o = JsonText.object();
    o.put("kind", n.kind().keyword());
    o.put("number", n.number());
    o.put("path", n.path());
    o.put("id", edition.key() + "/" + n.path());
    o.set("title", JsonText.text2(n.title()));
    o.put("status", n.status().keyword());
    o.put("statusNote", n.statusNote());
    o.set("profiles", JsonText.strings(n.profiles()));
    ArrayNode labels = o.putArray("labels");
    for (LabelDef l : n.labels()) {
      labels.addObject().put("name", l.name()).set("title", JsonText.text2(l.title()));
    }
    o.put("definedAt", n.span().fileLine());
    o.set("requirements", JsonText.strings(n.requirements().stream().map(r -> r.id().toString()).toList()));
    ArrayNode children = o.putArray("children");
    n.children().forEach(c -> children.add(node(edition, c)));
    return o;
  }

  private static ArrayNode audience(java.util.Set<Audience> audience) {
    return JsonText.strings(Arrays.stream(Audience.values()).filter(audience::contains).map(Audience::keyword).toList());
  }

  private static ObjectNode requirement(Edition edition, Requirement r, Map<ClauseRef, List<ClauseRef>> citedBy) {
    ObjectNode o = JsonText.object();
    o.put("id", r.id().toString());
    o.put("clause", r.id().clause());
    o.put("parent", r.parentPath());
    o.set("title", JsonText.text2(r.title()));
    o.put("stub", r.stub());
    if (r.level().isPresent()) {
      o.put("level", keyword(r.level().get()));
    } else {
      o.putNull("level");
    }
    o.set("audience", audience(r.audience()));
    o.set("forms", JsonText.strings(edition.info().forms().stream().filter(f -> f.includes(r)).map(FormDef::name)
        .toList()));
    o.set("profiles", JsonText.strings(r.profiles()));
    if (r.label().isPresent()) {
      o.putObject("label").put("name", r.label().get().name()).set("title", JsonText.text2(r.label().get().title()));
    } else {
      o.putNull("label");
    }
    o.set("targets", JsonText.strings(r.targets().stream().map(t -> t.keyword()).toList()));
    o.put("status", r.status().keyword());
    o.put("statusNote", r.statusNote());
    o.set("summary", JsonText.text2(r.summary()));
    ObjectNode source = o.putObject("source");
    source.put("url", r.source().url());
    source.put("page", r.source().page());
    source.put("note", r.source().note());
    o.set("cites", JsonText.strings(r.cites().stream().map(Reference::target).map(ClauseRef::toString)
        .collect(Collectors.toList())));
    o.set("citedBy", JsonText.strings(citedBy.getOrDefault(r.id(), List.of()).stream().map(ClauseRef::toString)
        .toList()));
    if (r.applies().isPresent()) {
      o.set("appliesWhen", expression(r.applies().get()));
    } else {
      o.putNull("appliesWhen");
    }
    o.set("dates", dates(r.dating()));
    ArrayNode checks = o.putArray("checks");
    for (int i = 0; i < r.checks().size(); i++) {
      ObjectNode c = check(r.checks().get(i));
      Optional<LocalDate> from = r.dating().check(i);
      if (from.isPresent()) {
        c.put("effectiveFrom", from.get().toString());
      } else {
        c.putNull("effectiveFrom");
      }
      checks.add(c);
    }
    ArrayNode waivers = o.putArray("waivers");
    for (WaiverDef w : r.waivers()) {
      ObjectNode wo = waivers.addObject();
      wo.put("name", w.name());
      wo.set("summary", JsonText.text2(w.summary()));
      wo.put("definedAt", w.span().fileLine());
    }
    o.put("definedAt", r.span().fileLine());
    return o;
  }

  /** When the requirement is in force; null for one that always is. */
  private static JsonNode dates(Dating d) {
    if (d.effective().isEmpty() && d.relief().isEmpty() && d.superseded().isEmpty()) {
      return NullNode.getInstance();
    }
    ObjectNode o = JsonText.object();
    if (d.effective().isPresent()) {
      o.put("effectiveFrom", d.effective().get().date().toString());
    } else {
      o.putNull("effectiveFrom");
    }
    if (d.relief().isPresent()) {
      Dating.Relief r = d.relief().get();
      ObjectNode ro = o.putObject("relief");
      ro.put("explanation", r.explanation());
      if (r.until().isPresent()) {
        ro.put("until", r.until().get().date().toString());
      } else {
        ro.putNull("until");
      }
      ro.set("condition", expression(r.condition()));
    } else {
      o.putNull("relief");
    }
    if (d.superseded().isPresent()) {
      o.putObject("superseded").put("on", d.superseded().get().on().date().toString())
          .put("by", d.superseded().get().successor().target().toString());
    } else {
      o.putNull("superseded");
    }
    return o;
  }

  private static ObjectNode expression(TypedExpr e) {
    ObjectNode o = JsonText.object();
    o.put("expression", ExprPrinter.print(e));
    o.put("inWords", ExprExplainer.explain(e).plain());
    return o;
  }

  private static ObjectNode check(Check c) {
    ObjectNode o = JsonText.object();
    if (c instanceof Check.Automated a) {
      o.put("kind", "automated");
      o.put("explanation", a.explanation());
      o.put("expression", SourceText.of(a));
      o.put("canonical", ExprPrinter.print(a.body()));
      o.put("inWords", ExprExplainer.explain(a.body()).plain());
    } else if (c instanceof Check.Question q) {
      o.put("kind", "question");
      o.set("ask", JsonText.text2(q.ask()));
      ObjectNode byForm = o.putObject("askByForm");
      q.byForm().forEach((form, ask) -> byForm.set(form, JsonText.text2(ask)));
      o.set("answers", JsonText.strings(Arrays.stream(AnswerValue.values()).map(AnswerValue::jsonName).toList()));
    } else if (c instanceof Check.Review rv) {
      o.put("kind", "review");
      o.put("explanation", rv.explanation());
    }
    o.put("definedAt", c.span().fileLine());
    return o;
  }

  private static String keyword(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
