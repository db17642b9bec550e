package dev.kijun.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.Fixtures;
import dev.kijun.runtime.fixtures.TestEdition;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.testing.Golden;
import dev.kijun.runtime.testing.XmlPages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The HTML report: golden files, well-formed markup, escaped evidence, anchors that resolve, no external resources. */
class HtmlReportTest {
  @Test
  void clinicAsHtml() throws Exception {
    Golden.assertMatches("report/sakura.html", HtmlReport.render(ReportGoldenTest.report("sakura.json")));
  }

  @Test
  void severalFilesAsHtml() throws Exception {
    ReportSet set = Report.combine(List.of(ReportGoldenTest.report("sakura.json"),
        ReportGoldenTest.report("minimal.json")));
    Golden.assertMatches("report/combined.html", HtmlReport.render(set));
  }

  @Test
  void pagesAreWellFormedWithEveryAnchorResolvingAndNothingExternal() throws Exception {
    for (String html : List.of(HtmlReport.render(ReportGoldenTest.report("sakura.json")),
        HtmlReport.render(Report.combine(List.of(ReportGoldenTest.report("sakura.json"),
            ReportGoldenTest.report("minimal.json"), ReportGoldenTest.report("vendor.json")))))) {
      Document doc = XmlPages.parse("report", html);
      Set<String> ids = XmlPages.ids("report", doc);
      NodeList links = doc.getElementsByTagName("a");
      assertThat(links.getLength()).isPositive();
      for (int i = 0; i < links.getLength(); i++) {
        String href = links.item(i).getAttributes().getNamedItem("href").getNodeValue();
        assertThat(href).as("only in-page links").startsWith("#");
        assertThat(ids).as("anchor %s", href).contains(href.substring(1));
      }
      assertThat(html).doesNotContain("src=", "<link", "http://", "https://", "@import", "url(");
      assertThat(html).contains("Not a compliance claim.", "not a claim of compliance");
    }
  }

  @Test
  void evidenceStringsAreEscaped() throws Exception {
    String evil = "<script>alert(1)</script>";
    String json = new String(Fixtures.resource("evidence/sakura.json"), StandardCharsets.UTF_8)
        .replace("\"rtr-01\"", "\"" + evil.replace("/", "\\/") + "\"")
        .replace("\"Sakura Clinic\"", "\"Sakura & <b>Clinic</b>\"");
    Assessment<Facts> a = EvidenceLoader.load(json.getBytes(StandardCharsets.UTF_8), "evil\"<i>.json", Facts.class);
    String html = HtmlReport.render(Report.of(new TestEdition(), "evil\"<i>.json", a));
    assertThat(html).contains("device <code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")
        .contains("Sakura &amp; &lt;b&gt;Clinic&lt;/b&gt;").contains("evil&quot;&lt;i&gt;.json")
        .doesNotContain(evil).doesNotContain("<b>Clinic").doesNotContain("<i>.json");
    Document doc = XmlPages.parse("report", html);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void secretValuesAreNotShown() throws Exception {
    String html = HtmlReport.render(ReportGoldenTest.report("sakura.json"));
    assertThat(html).doesNotContain("s3cr3t-fp");
  }
}
