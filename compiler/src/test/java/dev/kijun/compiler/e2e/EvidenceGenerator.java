package dev.kijun.compiler.e2e;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.FieldDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.Type;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.ExprWalker;
import dev.kijun.compiler.model.expr.TypedExpr;
import dev.kijun.runtime.Audience;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random, well-formed evidence for one edition, generated from its schema and requirements with a seed. Biased
 * towards the cases where validators go wrong: empty lists, absent optional values, dates on both sides of the
 * thresholds and after the assessment date, duplicate ids and fingerprints, waivers expiring on the assessment date
 * (and the day before and after), answers and reviews dated after it, assessment dates on and around the days a
 * dated requirement or check takes effect, its relief ends or it is superseded.
 */
final class EvidenceGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final LocalDate BASE = LocalDate.of(2026, 11, 1);
  private static final String[] IDS = {"ep-a", "ep-b", "dev-1", "dev-2", "x", "pc-exam1"};
  /** A credential fingerprint long enough that finding it in a report can only mean it leaked. */
  static final String LONG_SECRET = "0123456789abcdef-secret";
  private static final String[] SECRETS = {"f1", "f2", "f3", LONG_SECRET};

  /** Where the generator's decisions come from: a seeded {@link Random}, or a fuzzer's input. */
  interface Choices {
    /** A number in {@code [0, bound)}. */
    int nextInt(int bound);

    boolean nextBoolean();

    static Choices seeded(long seed) {
      Random r = new Random(seed);
      return new Choices() {
        @Override
        public int nextInt(int bound) {
          return r.nextInt(bound);
        }

        @Override
        public boolean nextBoolean() {
          return r.nextBoolean();
        }
      };
    }
  }

  private final Edition edition;
  private final Choices random;
  private final List<String> strings = new ArrayList<>();
  private final List<LocalDate> days;
  private LocalDate asOf;

  EvidenceGenerator(Edition edition, long seed) {
    this(edition, Choices.seeded(seed));
  }

  EvidenceGenerator(Edition edition, Choices choices) {
    this.edition = edition;
    this.random = choices;
    this.days = edition.requirements().stream().flatMap(r -> datedDays(r.dating()).stream()).distinct().sorted()
        .toList();
    for (Constant c : edition.schema().constants()) {
      ExprWalker.walk(c.value(), e -> {
        if (e instanceof TypedExpr.StringLit s) {
          strings.add(s.value());
        }
      });
    }
    strings.add("TLS_RSA_WITH_AES_128_CBC_SHA");
    strings.add("");
    strings.add("名前");
  }

  /** Every day a requirement's dating names: effective, end of relief, supersession, a check's effective day. */
  private static List<LocalDate> datedDays(Dating dating) {
    List<LocalDate> out = new ArrayList<>();
    dating.effective().ifPresent(d -> out.add(d.date()));
    dating.relief().flatMap(Dating.Relief::until).ifPresent(d -> out.add(d.date()));
    dating.superseded().ifPresent(s -> out.add(s.on().date()));
    dating.checks().forEach(c -> c.ifPresent(d -> out.add(d.date())));
    return out;
  }

  /** The assessment date of the last document generated. */
  LocalDate asOf() {
    return asOf;
  }

  ObjectNode document() {
    asOf = BASE.plusDays(random.nextInt(5) == 0 ? random.nextInt(400) - 200 : 0);
    if (!days.isEmpty() && random.nextInt(3) == 0) {
      // Around the days a dated requirement turns on: the day before, the day itself and the day after.
      asOf = days.get(random.nextInt(days.size())).plusDays(random.nextInt(3) - 1);
    }
    ObjectNode doc = NODES.objectNode();
    ObjectNode facility = doc.putObject("facility");
    facility.put("name", "facility " + random.nextInt(100));
    Audience[] kinds = Audience.values();
    facility.put("kind", random.nextInt(4) == 0 ? kinds[random.nextInt(kinds.length)].keyword()
        : Audience.MEDICAL_INSTITUTION.keyword());
    List<String> profiles = edition.requirements().stream().flatMap(r -> r.profiles().stream()).distinct().sorted()
        .toList();
    if (!profiles.isEmpty() && random.nextInt(3) == 0) {
      ArrayNode chosen = facility.putArray("profiles");
      chosen.add(profiles.get(random.nextInt(profiles.size())));
    }
    doc.put("assessedOn", asOf.toString());
    doc.set("facts", record(edition.schema().root(), 0));
    ObjectNode answers = NODES.objectNode();
    ObjectNode reviews = NODES.objectNode();
    ArrayNode waivers = NODES.arrayNode();
    for (Requirement r : edition.requirements()) {
      for (Check c : r.checks()) {
        if (c instanceof Check.Question && random.nextInt(10) < 7) {
          answers.set(r.id().toString(), answer());
        } else if (c instanceof Check.Review && random.nextInt(10) < 4) {
          reviews.set(r.id().toString(), review());
        }
      }
      for (WaiverDef w : r.waivers()) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          waivers.add(waiver(r, w));
        }
      }
    }
    if (random.nextBoolean()) {
      doc.set("answers", answers);
    }
    if (random.nextBoolean() || reviews.size() > 0) {
      doc.set("reviews", reviews);
    }
    if (waivers.size() > 0 || random.nextBoolean()) {
      doc.set("waivers", waivers);
    }
    return doc;
  }

  private ObjectNode answer() {
    ObjectNode a = NODES.objectNode();
    String[] values = {"yes", "no", "not-applicable"};
    String value = values[random.nextInt(3)];
    a.put("answer", value);
    a.put("checkedOn", date().toString());
    if (random.nextInt(10) < (value.equals("no") ? 6 : 1)) {
      a.put("targetDate", date().plusDays(random.nextInt(200)).toString());
    }
    if (random.nextBoolean()) {
      a.put("document", "doc-" + random.nextInt(9));
    }
    return a;
  }

  private ObjectNode review() {
    ObjectNode r = NODES.objectNode();
    r.put("satisfied", random.nextInt(4) != 0);
    r.put("reviewer", "reviewer " + random.nextInt(3));
    r.put("reviewedOn", date().toString());
    r.put("note", random.nextBoolean() ? "" : "note " + random.nextInt(5));
    return r;
  }

  private ObjectNode waiver(Requirement r, WaiverDef w) {
    ObjectNode o = NODES.objectNode();
    o.put("requirement", r.id().toString());
    o.put("waiver", random.nextInt(10) == 0 ? w.name().toLowerCase(java.util.Locale.ROOT) : w.name());
    o.put("subject", IDS[random.nextInt(IDS.length)]);
    o.put("justification", "because " + random.nextInt(3));
    o.put("approvedBy", "CIO");
    int[] offsets = {-1, 0, 1, 30, -30};
    o.put("expires", asOf.plusDays(offsets[random.nextInt(offsets.length)]).toString());
    if (random.nextBoolean()) {
      o.put("approvedOn", asOf.plusDays(offsets[random.nextInt(offsets.length)]).toString());
    }
    return o;
  }

  private ObjectNode record(RecordDef def, int depth) {
    ObjectNode o = NODES.objectNode();
    for (FieldDef f : def.fields()) {
      if (f.optional() && random.nextInt(100) < 30) {
        continue; // absent
      }
      o.set(f.name(), value(f.name(), f.type().unwrapped(), depth));
    }
    return o;
  }

  private com.fasterxml.jackson.databind.JsonNode value(String name, Type t, int depth) {
    if (t instanceof Type.ListType l) {
      ArrayNode a = NODES.arrayNode();
      int n = random.nextInt(4) == 0 || depth > 3 ? 0
          : random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(random.nextInt(8) == 0 ? 12 : 5);
      for (int i = 0; i < n; i++) {
        a.add(value(name, l.element(), depth + 1));
      }
      return a;
    }
    if (t instanceof Type.RecordType r) {
      return record(r.def(), depth + 1);
    }
    if (t instanceof Type.EnumType e) {
      // Uniform half the time, else the first or the last constant (the extremes the checks compare with).
      List<EnumDef.EnumConstant> cs = e.def().constants();
      int pick = random.nextInt(4);
      int index = pick < 2 ? random.nextInt(cs.size()) : pick == 2 ? 0 : cs.size() - 1;
      return NODES.textNode(cs.get(index).json());
    }
    switch ((Type.Primitive) t) {
      case STRING:
        if (name.equals("id") || name.equals("name") || random.nextInt(8) == 0) {
          return NODES.textNode(IDS[random.nextInt(IDS.length)]);
        }
        return NODES.textNode(strings.isEmpty() ? "s" : strings.get(random.nextInt(strings.size())));
      case SECRET:
        return NODES.textNode(SECRETS[random.nextInt(SECRETS.length)]);
      case INTEGER: {
        long[] picks = {0, 1, -1, 2, 100, Long.MAX_VALUE};
        return NODES.numberNode(random.nextInt(3) == 0 ? random.nextInt(20) : picks[random.nextInt(picks.length)]);
      }
      case NUMBER:
        return NODES.numberNode(new BigDecimal(random.nextInt(2000) - 1000).movePointLeft(random.nextInt(3)));
      case BOOLEAN:
        return NODES.booleanNode(random.nextBoolean());
      case DATE:
        return NODES.textNode(date().toString());
      default:
        throw new IllegalStateException("no value for " + t.display());
    }
  }

  /** A date near the assessment date: on the 90-day boundary, just after it, or a year around it. */
  private LocalDate date() {
    int[] offsets = {-91, -90, -89, -1, 0, 1, 365, -365};
    int pick = random.nextInt(12);
    return pick < offsets.length ? asOf.plusDays(offsets[pick]) : asOf.plusDays(random.nextInt(420) - 400);
  }
}
