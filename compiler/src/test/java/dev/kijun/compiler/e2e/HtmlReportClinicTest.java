package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.report.HtmlReport;
import dev.kijun.runtime.report.Report;
import dev.kijun.runtime.report.ReportSet;
import dev.kijun.runtime.testing.Golden;
import dev.kijun.runtime.testing.XmlPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The HTML report of the bundled clinic sample against 5.2, 6.0 and checklist R7, as {@code kijun validate --format
 * html} writes it: a golden file, and the failures the issue names, found in the verdict they belong to.
 */
class HtmlReportClinicTest {
  static String html;

  @BeforeAll
  static void render() throws Exception {
    GeneratedValidatorsTest.compileEverything();
    List<Report> reports = new ArrayList<>();
    for (String edition : List.of("mhlw-guideline@5.2", "mhlw-guideline@6.0", "mhlw-checklist@R7")) {
      reports.add(GeneratedValidatorsTest.report("clinic", edition));
    }
    html = HtmlReport.render(new ReportSet(reports));
  }

  @Test
  void matchesGoldenFile() {
    Golden.assertMatches(Golden.ROOT.resolve("reports/clinic.html"), html);
  }

  @Test
  void namesTheEndpointOfferingTls12InTheTlsVerdict() {
    String tls = verdictBlock("r1-c-6.11.C.11");
    assertThat(tls).contains("not-satisfied", "endpoint <code>ep-portal</code>", "<code>endpoints[0].tls.versions[0]</code>",
        "<code>TLS1.2</code>");
  }

  @Test
  void namesTheSharedCredentialByDeviceId() {
    String reuse = verdictBlock("r3-c-2.8");
    assertThat(reuse).contains("not-satisfied", "device <code>srv-emr</code>", "device <code>srv-receipt</code>",
        "<code>devices[0].adminCredential.fingerprint</code>", "What to do next");
    assertThat(html).doesNotContain("d1554e1e45e4a1e4f92ed36f3621124ea28accfc9f7f619e4c87549cc06e07c6");
  }

  @Test
  void summaryComesFirstThenFailuresFirstPerEdition() {
    assertThat(html.indexOf("id=\"summary\"")).isLessThan(html.indexOf("id=\"r1\""));
    assertThat(html.indexOf("id=\"r2-not-satisfied\"")).isLessThan(html.indexOf("id=\"r2-needs-review\""))
        .isLessThan(html.indexOf("id=\"r2-satisfied\""));
    assertThat(html).contains("Not a compliance claim.");
  }

  @Test
  void wellFormedWithEveryAnchorResolving() throws Exception {
    Document doc = XmlPages.parse("clinic report", html);
    Set<String> ids = XmlPages.ids("clinic report", doc);
    NodeList links = doc.getElementsByTagName("a");
    for (int i = 0; i < links.getLength(); i++) {
      String href = links.item(i).getAttributes().getNamedItem("href").getNodeValue();
      assertThat(href).startsWith("#");
      assertThat(ids).as(href).contains(href.substring(1));
    }
  }

  /** The markup of the verdict with element id {@code id}, up to the next verdict. */
  private static String verdictBlock(String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("verdict %s in the report", id).isPositive();
    int end = html.indexOf("<div class=\"verdict", start);
    return html.substring(start, end < 0 ? html.length() : end);
  }
}
