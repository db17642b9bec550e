package dev.kijun.runtime.report;

import dev.kijun.runtime.Finding;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Verdict;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders reports as JUnit XML for CI dashboards: a {@code <testsuite>} per report (one edition on one evidence
 * file; the file, facility and date are its properties), a {@code <testcase>} per requirement (classname the edition,
 * name the clause id). Not satisfied is a {@code <failure>}, evidence missing an {@code <error>} (the check could not
 * be run on this evidence), and needs review, not applicable and waived are {@code <skipped>}, each with the reasons
 * of the findings. Times are 0: the verdicts are not timed. Pure and deterministic.
 */
public final class JunitReport {
  private JunitReport() {}

  /** The XML of {@code set}, UTF-8, two-space indent, trailing newline. */
  public static String render(ReportSet set) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      newline(x, 0);
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "kijun validate");
      counts(x, set.counts());
      for (Report r : set.reports()) {
        newline(x, 1);
        suite(x, r);
      }
      newline(x, 0);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing JUnit XML to a string failed", e);
    }
    return text + "\n";
  }

  private static void suite(XMLStreamWriter x, Report r) throws XMLStreamException {
    x.writeStartElement("testsuite");
    x.writeAttribute("name", r.edition().key());
    counts(x, r.counts());
    newline(x, 2);
    x.writeStartElement("properties");
    property(x, "evidenceFile", r.evidenceFile());
    property(x, "facility", r.facility().name());
    property(x, "asOf", r.asOf().toString());
    property(x, "notice", Wording.NOTICE);
    newline(x, 2);
    x.writeEndElement();
    for (Verdict v : r.verdicts()) {
      newline(x, 2);
      testcase(x, r, v);
    }
    newline(x, 1);
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, Report r, Verdict v) throws XMLStreamException {
    String element = switch (v.outcome()) {
      case SATISFIED -> null;
      case NOT_SATISFIED -> "failure";
      case EVIDENCE_MISSING -> "error";
      case NEEDS_REVIEW, NOT_APPLICABLE, WAIVED, RELIEVED -> "skipped";
    };
    x.writeStartElement("testcase");
    x.writeAttribute("name", v.requirement().id().clause());
    x.writeAttribute("classname", r.edition().key());
    x.writeAttribute("time", "0");
    if (element != null) {
      List<String> reasons = new ArrayList<>();
      for (Finding f : v.findings()) {
        if (f.outcome() == v.outcome() || v.outcome() == Outcome.NOT_APPLICABLE) {
          String at = f.evidencePaths().isEmpty() ? "" : " (at " + String.join(", ", f.evidencePaths()) + ")";
          reasons.add(f.check().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.reason() + at);
        }
      }
      if (v.outcome() == Outcome.NOT_APPLICABLE && !v.requirement().applicability().isEmpty()) {
        reasons.add(0, "applies when " + v.requirement().applicability());
      }
      String message = v.outcome().jsonName() + ": " + v.requirement().titleEn()
          + (reasons.isEmpty() ? "" : "; " + reasons.get(0));
      newline(x, 3);
      x.writeStartElement(element);
      x.writeAttribute("message", xmlText(message));
      if (!element.equals("skipped")) {
        x.writeAttribute("type", v.outcome().jsonName());
        x.writeCharacters(xmlText(String.join("\n", reasons)));
      }
      x.writeEndElement();
      newline(x, 2);
    }
    x.writeEndElement();
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    newline(x, 3);
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", xmlText(value));
  }

  private static void counts(XMLStreamWriter x, Map<Outcome, Integer> counts) throws XMLStreamException {
    int tests = counts.values().stream().mapToInt(Integer::intValue).sum();
    x.writeAttribute("tests", Integer.toString(tests));
    x.writeAttribute("failures", Integer.toString(counts.get(Outcome.NOT_SATISFIED)));
    x.writeAttribute("errors", Integer.toString(counts.get(Outcome.EVIDENCE_MISSING)));
    x.writeAttribute("skipped", Integer.toString(counts.get(Outcome.NEEDS_REVIEW) + counts.get(Outcome.NOT_APPLICABLE)
        + counts.get(Outcome.WAIVED)));
    x.writeAttribute("time", "0");
  }

  private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Drops the characters XML 1.0 cannot hold at all (controls other than tab and line ends); the writer escapes the rest. */
  static String xmlText(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
