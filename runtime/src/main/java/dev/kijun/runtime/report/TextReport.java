package dev.kijun.runtime.report;

import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.eval.Alternatives;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders reports as plain text a facility can act on: the notice on what verdicts mean, a summary table per edition
 * and evidence file, a legend, warnings about evidence entries nothing reads, then per report the requirements
 * grouped by outcome, failures first. Each finding names the element, the value and what it was compared with;
 * each missing value and pending review comes with the JSON to add. Pure and deterministic: the same report always
 * gives the same text, {@code \n} line ends, a trailing newline.
 */
public final class TextReport {
  /** The order outcome groups are shown in: what needs action first. */
  static final List<Outcome> ORDER = List.of(Outcome.NOT_SATISFIED, Outcome.EVIDENCE_MISSING, Outcome.NEEDS_REVIEW,
      Outcome.RELIEVED, Outcome.WAIVED, Outcome.SATISFIED, Outcome.NOT_APPLICABLE);

  private TextReport() {}

  /** The text of one report. */
  public static String render(Report report) {
    return render(new ReportSet(List.of(report)));
  }

  /** The text of several reports: summary table, legend, warnings, one section each, and a total. */
  public static String render(ReportSet set) {
    StringBuilder out = new StringBuilder();
    out.append("kijun report\n\n");
    wrap(out, Wording.NOTICE, 100);
    out.append('\n');
    summaryTable(out, set.reports());
    out.append('\n');
    legend(out);
    if (!set.warnings().isEmpty()) {
      out.append('\n');
      line(out, "warnings: " + set.warnings().size() + " evidence " + (set.warnings().size() == 1 ? "entry" : "entries")
          + " not used by any validated requirement");
      for (EvidenceWarning w : set.warnings()) {
        line(out, "  - " + w.render());
      }
    }
    for (Report r : set.reports()) {
      out.append('\n');
      section(out, r);
    }
    if (set.reports().size() != 1) {
      out.append('\n');
      out.append("total over ").append(set.reports().size())
          .append(" reports (evidence file × edition): ").append(Wording.summary(set.counts())).append('\n');
    }
    return out.toString();
  }

  private static void summaryTable(StringBuilder out, List<Report> reports) {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("edition", "evidence"));
    ORDER.forEach(o -> head.add(o.jsonName()));
    head.add("total");
    rows.add(head);
    for (Report r : reports) {
      List<String> row = new ArrayList<>(List.of(r.edition().key(), r.evidenceFile()));
      Map<Outcome, Integer> counts = r.counts();
      ORDER.forEach(o -> row.add(Integer.toString(counts.get(o))));
      row.add(Integer.toString(r.verdicts().size()));
      rows.add(row);
    }
    int[] width = new int[head.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], Wording.oneLine(row.get(i)).length());
      }
    }
    line(out, "summary (requirements per outcome; failures first)");
    for (List<String> row : rows) {
      StringBuilder sb = new StringBuilder(" ");
      for (int i = 0; i < row.size(); i++) {
        String cell = Wording.oneLine(row.get(i));
        boolean number = i >= 2;
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(' ').append(number ? pad + cell : cell + pad);
      }
      line(out, sb.toString().stripTrailing());
    }
  }

  private static void legend(StringBuilder out) {
    line(out, "legend");
    line(out, "  clause inferred (recalled, unknown, unverified)  how far the clause's encoding is established against"
        + " the official text; verified clauses carry no mark");
    line(out, "  defined at FILE:LINE  where the clause is encoded in the kijun sources");
    line(out, "  `path`  a place in the evidence file, under \"facts\" unless it starts with answers, reviews or"
        + " waivers");
    line(out, "  to do  per edition, the places in the evidence most requirements wait on, then how many answers,"
        + " reviews and values each requirement still needs");
    line(out, "  evidence to add  JSON to write into the evidence file to settle a missing value, answer or review");
  }

  private static void section(StringBuilder out, Report r) {
    EditionInfo e = r.edition();
    line(out, "edition:  " + e.key() + " — " + e.titleEn());
    line(out, "evidence: " + r.evidenceFile());
    line(out, "facility: " + r.facility().name() + " (" + r.facility().kind().keyword() + ")");
    line(out, "as of:    " + r.asOf());
    todo(out, r);
    for (Outcome o : ORDER) {
      List<Verdict> group = r.verdicts().stream().filter(v -> v.outcome() == o).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n');
      line(out, "== " + o.jsonName() + " (" + group.size() + ")");
      for (Verdict v : group) {
        out.append('\n');
        verdict(out, v, r);
      }
    }
    out.append('\n');
    line(out, "summary: " + Wording.summary(r.counts()));
  }

  /** The evidence to add, places several requirements wait on first ({@link ToDo}). */
  private static void todo(StringBuilder out, Report r) {
    ToDo todo = ToDo.of(r);
    if (todo.isEmpty()) {
      return;
    }
    out.append('\n');
    line(out, "to do (the JSON for each is under the requirements below)");
    for (ToDo.Shared s : todo.shared()) {
      line(out, "  " + s.path() + "  needed by " + s.requirements() + " requirements");
    }
    if (!todo.rest().isEmpty()) {
      line(out, "  " + todo.rest());
    }
  }

  private static void verdict(StringBuilder out, Verdict v, Report r) {
    RequirementInfo info = v.requirement();
    line(out, info.id() + "  " + v.outcome().jsonName() + "  (" + qualifiers(info) + ")");
    String title = info.titleEn().isEmpty() ? info.titleJa() : info.titleEn();
    if (!title.isEmpty()) {
      line(out, "  " + title);
    }
    if (!info.definedAt().isEmpty()) {
      line(out, "  defined at " + info.definedAt());
    }
    for (Finding f : v.findings()) {
      line(out, "  - " + f.check().name().toLowerCase(Locale.ROOT) + ", " + f.outcome().jsonName() + ": "
          + f.reason());
      for (Observation o : f.observations()) {
        if (o.kind() == Kind.FAILED || o.kind() == Kind.VACUOUS) {
          observation(out, o);
        }
      }
      if (f.observations().isEmpty() && !f.evidencePaths().isEmpty()) {
        line(out, "      evidence: " + String.join(", ", f.evidencePaths()));
      }
    }
    List<Snippets.Action> actions = Snippets.of(v, r.asOf());
    if (!actions.isEmpty()) {
      line(out, "  evidence to add:");
      for (Snippets.Action a : actions) {
        line(out, "    " + a.where() + ":");
        line(out, "      " + a.json());
      }
    }
  }

  /** The level, and the encoding status when the clause is not verified against the official text. */
  static String qualifiers(RequirementInfo info) {
    String level = info.level() == Level.MANDATORY ? "mandatory" : "recommended";
    return info.status() == Status.VERIFIED ? level : level + ", clause " + info.status().keyword();
  }

  /** One observation; a failed {@code or}'s alternatives one per line, as a list of things to choose from. */
  private static void observation(StringBuilder out, Observation o) {
    String text = o.describe();
    List<String> each = Alternatives.each(o);
    String listed = String.join("; ", each);
    if (each.isEmpty() || !text.endsWith(listed)) {
      line(out, "      " + text);
      return;
    }
    line(out, "      " + text.substring(0, text.length() - listed.length()).stripTrailing());
    for (String alternative : each) {
      line(out, "        - " + alternative);
    }
  }

  private static void line(StringBuilder out, String text) {
    out.append(Wording.oneLine(text)).append('\n');
  }

  /** Greedy word wrap at spaces; a word longer than the width stays whole. */
  private static void wrap(StringBuilder out, String text, int width) {
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        out.append(current).append('\n');
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    if (current.length() > 0) {
      out.append(current).append('\n');
    }
  }
}
