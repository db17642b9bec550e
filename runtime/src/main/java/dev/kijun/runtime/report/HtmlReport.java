package dev.kijun.runtime.report;

import static dev.kijun.runtime.html.Html.escape;

import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.eval.Alternatives;
import dev.kijun.runtime.html.Html;
import dev.kijun.runtime.html.HtmlPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders reports as one self-contained HTML page a facility can print or send: the notice on what verdicts mean,
 * the summary per edition and evidence file (failures first, each count linking to its group), warnings, a legend,
 * then per report the requirements grouped by outcome, failures first. Each finding shows the element's id, the
 * evidence path, the value found and what it was compared with; each verdict that needs action says what to do
 * next, with the JSON to add where evidence is missing (the same {@link Snippets} the text report prints). Every
 * string from evidence or sources is escaped. Pure and deterministic.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page for one report. */
  public static String render(Report report) {
    return render(new ReportSet(List.of(report)));
  }

  /** The page for several reports. */
  public static String render(ReportSet set) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>kijun report</h1>\n");
    b.append("<p class=\"notice\"><strong>Not a compliance claim.</strong> ").append(escape(Wording.NOTICE))
        .append("</p>\n");
    summary(b, set);
    if (!set.warnings().isEmpty()) {
      b.append("<h2 id=\"warnings\">Warnings</h2>\n<p>").append(set.warnings().size())
          .append(set.warnings().size() == 1 ? " evidence entry is" : " evidence entries are")
          .append(" not used by any validated requirement:</p>\n<ul>\n");
      for (EvidenceWarning w : set.warnings()) {
        b.append("<li><code>").append(escape(w.file())).append("</code>: <code>").append(escape(w.path()))
            .append("</code>: ").append(escape(w.message()))
            .append(w.hint().isEmpty() ? "" : "; " + escape(w.hint())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    legend(b);
    for (int i = 0; i < set.reports().size(); i++) {
      section(b, set.reports().get(i), "r" + (i + 1));
    }
    return HtmlPage.titled("kijun report — " + titleOf(set))
        .footer("kijun report. " + escape(Wording.NOTICE)).render(b.toString());
  }

  private static String titleOf(ReportSet set) {
    if (set.reports().isEmpty()) {
      return "no reports";
    }
    Report first = set.reports().get(0);
    return first.facility().name() + ", as of " + first.asOf();
  }

  private static void summary(StringBuilder b, ReportSet set) {
    b.append("<h2 id=\"summary\">Summary per edition</h2>\n");
    // One evidence file for every edition (the usual case): say which once, so the table keeps to the counts.
    boolean oneFile = set.reports().stream().map(r -> List.of(r.evidenceFile(), r.facility().name(),
        r.asOf().toString())).distinct().count() == 1;
    if (oneFile) {
      Report r = set.reports().get(0);
      b.append("<dl>\n<dt>facility</dt><dd>").append(escape(r.facility().name())).append(" (")
          .append(escape(r.facility().kind().keyword())).append(")</dd>\n<dt>evidence</dt><dd><code>")
          .append(escape(r.evidenceFile())).append("</code></dd>\n<dt>as of</dt><dd>").append(r.asOf())
          .append("</dd>\n</dl>\n");
    }
    b.append("<p>Requirements per outcome, failures first. A count links to its requirements.</p>\n");
    b.append("<div class=\"scroll\"><table>\n<thead><tr><th>edition</th>")
        .append(oneFile ? "" : "<th>evidence</th><th>facility</th><th>as of</th>");
    for (Outcome o : TextReport.ORDER) {
      b.append("<th class=\"num\">").append(o.jsonName()).append("</th>");
    }
    b.append("<th class=\"num\">total</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < set.reports().size(); i++) {
      Report r = set.reports().get(i);
      String id = "r" + (i + 1);
      b.append("<tr><td><a href=\"#").append(id).append("\"><code>").append(escape(r.edition().key()))
          .append("</code></a></td>");
      if (!oneFile) {
        b.append("<td><code>").append(escape(r.evidenceFile())).append("</code></td><td>")
            .append(escape(r.facility().name())).append("</td><td>").append(r.asOf()).append("</td>");
      }
      Map<Outcome, Integer> counts = r.counts();
      for (Outcome o : TextReport.ORDER) {
        int n = counts.get(o);
        b.append("<td class=\"num\">");
        if (n == 0) {
          b.append('0');
        } else {
          String cls = Report.isFailure(o) ? "tag " + o.jsonName() : "";
          b.append("<a href=\"#").append(id).append('-').append(o.jsonName()).append('"')
              .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(n).append("</a>");
        }
        b.append("</td>");
      }
      b.append("<td class=\"num\">").append(r.verdicts().size()).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table></div>\n");
    if (set.reports().size() != 1) {
      b.append("<p>Total over ").append(set.reports().size()).append(" reports (evidence file × edition): ")
          .append(escape(Wording.summary(set.counts()))).append(".</p>\n");
    }
  }

  private static void legend(StringBuilder b) {
    b.append("<h2 id=\"legend\">How to read this report</h2>\n<dl>\n")
        .append("<dt>clause inferred (recalled, unknown, unverified)</dt><dd>how far the clause's encoding is "
            + "established against the official text; verified clauses carry no mark</dd>\n")
        .append("<dt>defined at FILE:LINE</dt><dd>where the clause is encoded in the kijun sources</dd>\n")
        .append("<dt>evidence path</dt><dd>a place in the evidence file, under <code>facts</code> unless it starts "
            + "with <code>answers</code>, <code>reviews</code> or <code>waivers</code></dd>\n")
        .append("<dt>element</dt><dd>the device, endpoint or account the value belongs to, by its id</dd>\n")
        .append("<dt>what to do next</dt><dd>what would settle the verdict: the value to change, or the JSON to add "
            + "to the evidence file</dd>\n</dl>\n");
  }

  private static void section(StringBuilder b, Report r, String id) {
    EditionInfo e = r.edition();
    b.append("<section id=\"").append(id).append("\">\n<h2><code>").append(escape(e.key())).append("</code> ")
        .append(escape(e.titleEn())).append("</h2>\n");
    if (!e.titleJa().isEmpty()) {
      b.append("<p lang=\"ja\">").append(escape(e.titleJa())).append("</p>\n");
    }
    b.append("<dl>\n<dt>evidence</dt><dd><code>").append(escape(r.evidenceFile())).append("</code></dd>\n")
        .append("<dt>facility</dt><dd>").append(escape(r.facility().name())).append(" (")
        .append(escape(r.facility().kind().keyword())).append(")</dd>\n")
        .append("<dt>as of</dt><dd>").append(r.asOf()).append("</dd>\n")
        .append("<dt>summary</dt><dd>").append(escape(Wording.summary(r.counts()))).append("</dd>\n</dl>\n");
    todo(b, r);
    for (Outcome o : TextReport.ORDER) {
      List<Verdict> group = r.verdicts().stream().filter(v -> v.outcome() == o).toList();
      if (group.isEmpty()) {
        continue;
      }
      b.append("<h3 id=\"").append(id).append('-').append(o.jsonName()).append("\">").append(o.jsonName())
          .append(" (").append(group.size()).append(")</h3>\n");
      for (Verdict v : group) {
        verdict(b, v, r, id);
      }
    }
    b.append("</section>\n");
  }

  /** The evidence to add, places several requirements wait on first ({@link ToDo}). */
  private static void todo(StringBuilder b, Report r) {
    ToDo todo = ToDo.of(r);
    if (todo.isEmpty()) {
      return;
    }
    b.append("<h3>To do</h3>\n<p>The JSON for each is under the requirements below.</p>\n<ul class=\"todo\">\n");
    for (ToDo.Shared s : todo.shared()) {
      b.append("<li><code>").append(escape(s.path())).append("</code> needed by ").append(s.requirements())
          .append(" requirements</li>\n");
    }
    if (!todo.rest().isEmpty()) {
      b.append("<li>").append(escape(todo.rest())).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void verdict(StringBuilder b, Verdict v, Report r, String sectionId) {
    RequirementInfo info = v.requirement();
    String outcome = v.outcome().jsonName();
    b.append("<div class=\"verdict v-").append(outcome).append("\" id=\"").append(sectionId).append("-c-")
        .append(escape(Html.anchor(info.id().clause()))).append("\">\n<h4><code>").append(escape(info.id().toString()))
        .append("</code> <span class=\"tag ").append(outcome).append("\">").append(outcome).append("</span> <small>")
        .append(escape(TextReport.qualifiers(info))).append("</small></h4>\n");
    if (!info.titleEn().isEmpty() || !info.titleJa().isEmpty()) {
      b.append("<p>").append(escape(info.titleEn()));
      if (!info.titleJa().isEmpty()) {
        b.append(info.titleEn().isEmpty() ? "" : " ").append("<span lang=\"ja\">").append(escape(info.titleJa()))
            .append("</span>");
      }
      b.append("</p>\n");
    }
    if (!info.definedAt().isEmpty()) {
      b.append("<p class=\"muted\">defined at <code>").append(escape(info.definedAt())).append("</code></p>\n");
    }
    if (!v.findings().isEmpty()) {
      b.append("<ul>\n");
      for (Finding f : v.findings()) {
        finding(b, f);
      }
      b.append("</ul>\n");
    }
    nextSteps(b, v, r);
    b.append("</div>\n");
  }

  private static void finding(StringBuilder b, Finding f) {
    b.append("<li>").append(f.check().name().toLowerCase(Locale.ROOT)).append(" <span class=\"tag ")
        .append(f.outcome().jsonName()).append("\">").append(f.outcome().jsonName()).append("</span> ")
        .append(escape(f.reason()));
    if (!f.observations().isEmpty()) {
      b.append("\n<div class=\"scroll\"><table>\n<thead><tr><th>found</th><th>element</th><th>evidence path</th>"
          + "<th>value</th><th>expected</th></tr></thead>\n<tbody>\n");
      for (Observation o : f.observations()) {
        b.append("<tr><td>").append(o.kind().jsonName()).append("</td><td>")
            .append(element(o))
            .append("</td><td><code>").append(escape(o.path())).append("</code></td><td>")
            .append(o.value().isEmpty() ? "" : "<code>" + escape(o.value()) + "</code>").append("</td><td>")
            .append(escape(o.expected())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table></div>\n");
      if (f.omitted() > 0) {
        b.append("<p class=\"muted\">").append(f.omitted()).append(" further observations not listed</p>\n");
      }
    } else if (!f.evidencePaths().isEmpty()) {
      b.append("<br/>evidence: ");
      for (int i = 0; i < f.evidencePaths().size(); i++) {
        b.append(i == 0 ? "" : ", ").append("<code>").append(escape(f.evidencePaths().get(i))).append("</code>");
      }
    }
    b.append("</li>\n");
  }

  /**
   * What would settle the verdict: for each value found wrong, to change it (the element named by id); for each
   * missing value, answer or review, the JSON of {@link Snippets}.
   */
  private static void nextSteps(StringBuilder b, Verdict v, Report r) {
    StringBuilder steps = new StringBuilder();
    if (v.outcome() == Outcome.NOT_SATISFIED) {
      for (Finding f : v.findings()) {
        for (Observation o : f.observations(Observation.Kind.FAILED)) {
          steps.append("<li>").append(element(o)).append(o.subject().isEmpty() ? "" : ": ");
          List<String> each = Alternatives.each(o);
          if (!each.isEmpty()) {
            steps.append("do one of these").append(o.path().isEmpty() ? "" : " in " + code(o.path()))
                .append(", then collect the evidence again:\n<ul>\n");
            each.forEach(a -> steps.append("<li>").append(code(a)).append("</li>\n"));
            steps.append("</ul></li>\n");
          } else if (o.path().startsWith("answers[")) {
            steps.append("put the measure in place, then record ").append(code(o.expected())).append(" at ")
                .append(code(o.path())).append("</li>\n");
          } else {
            // Alternatives on no common path (a waiver or a value) name their paths in what they expect.
            steps.append("change ").append(o.path().isEmpty() ? "the evidence" : code(o.path()))
                .append(o.expected().isEmpty() ? "" : " to meet " + code(o.expected()))
                .append(", then collect the evidence again</li>\n");
          }
        }
      }
    }
    for (Snippets.Action a : Snippets.of(v, r.asOf())) {
      steps.append("<li>").append(escape(a.where())).append(":<pre>").append(escape(a.json())).append("</pre></li>\n");
    }
    if (steps.length() > 0) {
      b.append("<p><strong>What to do next</strong></p>\n<ol>\n").append(steps).append("</ol>\n");
    }
  }

  /** {@code device <code>pc-3</code>}, or empty when the value belongs to no identified element. */
  private static String element(Observation o) {
    return o.subject().isEmpty() ? "" : escape(o.subjectNoun()) + " " + code(o.subject());
  }

  private static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }
}
