package dev.kijun.runtime.report;

import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Verdict;
import java.util.Locale;

/**
 * Renders reports as plain text for a terminal or a file: a header with the notice on what verdicts mean, one
 * block per requirement (clause, outcome, level, title, where it is defined, each finding with its reason and
 * evidence paths) and a summary line. Pure and deterministic: the same report always gives the same text,
 * {@code \n} line ends, a trailing newline.
 */
public final class TextReport {
  private TextReport() {}

  /** The text of one report. */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    header(out);
    section(out, report);
    return out.toString();
  }

  /** The text of several reports, one section each, followed by a total over all of them. */
  public static String render(ReportSet set) {
    StringBuilder out = new StringBuilder();
    header(out);
    for (Report r : set.reports()) {
      section(out, r);
      out.append('\n');
    }
    out.append("total over ").append(set.reports().size())
        .append(set.reports().size() == 1 ? " report (evidence file × edition): " : " reports (evidence file × edition): ")
        .append(Wording.summary(set.counts())).append('\n');
    return out.toString();
  }

  private static void header(StringBuilder out) {
    out.append("kijun report\n\n");
    wrap(out, Wording.NOTICE, 100);
    out.append('\n');
  }

  private static void section(StringBuilder out, Report r) {
    EditionInfo e = r.edition();
    line(out, "edition:  " + e.key() + " — " + e.titleEn());
    line(out, "evidence: " + r.evidenceFile());
    line(out, "facility: " + r.facility().name() + " (" + r.facility().kind().keyword() + ")");
    line(out, "as of:    " + r.asOf());
    for (Verdict v : r.verdicts()) {
      out.append('\n');
      verdict(out, v);
    }
    out.append('\n');
    line(out, "summary: " + Wording.summary(r.counts()));
  }

  private static void verdict(StringBuilder out, Verdict v) {
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
      if (!f.evidencePaths().isEmpty()) {
        line(out, "    evidence: " + String.join(", ", f.evidencePaths()));
      }
    }
  }

  /** The level, and the encoding status when the clause is not verified against the official text. */
  private static String qualifiers(RequirementInfo info) {
    String level = info.level() == Level.MANDATORY ? "mandatory" : "recommended";
    return info.status() == Status.VERIFIED ? level : level + ", clause " + info.status().keyword();
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
