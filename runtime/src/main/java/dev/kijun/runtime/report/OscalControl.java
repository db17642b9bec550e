package dev.kijun.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Status;
import java.util.Locale;
import java.util.Optional;

/**
 * One requirement as an OSCAL control, the same wherever kijun writes a catalog (the grouped catalog of
 * {@code kijun export oscal-catalog} and the flat catalog that {@code kijun validate --oscal-chain} writes with its
 * assessment results): id {@code c_<clause>} labelled with the clause, the English title, a {@code statement} part
 * {@code c_<clause>_smt} holding our English summary, and kijun's own properties (Japanese title and summary, the
 * {@code document@edition/clause} reference, verification status, level) in {@link Oscal#NS}.
 */
public final class OscalControl {
  private OscalControl() {}

  /** What a control is made of; the compiler's model and the runtime's requirement info both give it. */
  public record Fields(ClauseRef id, Optional<Level> level, String titleEn, String titleJa, String summaryEn,
      String summaryJa, Status status, boolean stub, String sourceUrl) {}

  /** The fields of a compiled requirement as the runtime knows it (never a stub: stubs have no validator). */
  public static Fields of(RequirementInfo r) {
    return new Fields(r.id(), Optional.of(r.level()), r.titleEn(), r.titleJa(), r.summaryEn(), r.summaryJa(),
        r.status(), false, r.source().url());
  }

  /** The control. */
  public static ObjectNode render(Fields r) {
    String id = Oscal.controlId(r.id().clause());
    ObjectNode c = PrettyJson.object();
    c.put("id", id);
    r.level().ifPresent(l -> c.put("class", l.name().toLowerCase(Locale.ROOT)));
    c.put("title", r.titleEn().isEmpty() ? r.id().clause() : r.titleEn());
    ArrayNode props = c.putArray("props");
    props.addObject().put("name", "label").put("value", r.id().clause());
    prop(props, "clause-ref", r.id().toString());
    prop(props, "title-ja", r.titleJa());
    prop(props, "status", r.status().keyword());
    r.level().ifPresent(l -> prop(props, "level", l.name().toLowerCase(Locale.ROOT)));
    if (r.stub()) {
      prop(props, "stub", "true");
    }
    if (r.sourceUrl().startsWith("http")) {
      c.putArray("links").addObject().put("href", r.sourceUrl()).put("rel", "reference");
    }
    ArrayNode parts = c.putArray("parts");
    parts.addObject().put("id", id + "_smt").put("name", "statement")
        .put("prose", prose(r.summaryEn(), r.titleEn()));
    parts.addObject().put("id", id + "_ja").put("name", "summary-ja").put("ns", Oscal.NS)
        .put("prose", prose(r.summaryJa(), r.titleJa()));
    return c;
  }

  /** OSCAL prose is required and non-empty; stubs without a summary fall back to the title. */
  private static String prose(String text, String fallback) {
    return !text.isBlank() ? text : !fallback.isBlank() ? fallback : "(no summary: the text could not be read)";
  }

  /** A property in kijun's namespace; an empty value is left out, as OSCAL values are non-empty. */
  public static void prop(ArrayNode props, String name, String value) {
    if (!value.isEmpty()) {
      props.addObject().put("name", name).put("ns", Oscal.NS).put("value", value);
    }
  }
}
