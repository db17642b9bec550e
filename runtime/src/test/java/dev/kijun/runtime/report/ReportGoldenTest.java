package dev.kijun.runtime.report;

import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.fixtures.Facts;
import dev.kijun.runtime.fixtures.Fixtures;
import dev.kijun.runtime.fixtures.TestEdition;
import dev.kijun.runtime.json.EvidenceLoader;
import dev.kijun.runtime.json.EvidenceLocations;
import dev.kijun.runtime.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and JSON reports, compared in full with golden files. */
class ReportGoldenTest {
  static Report report(String evidence) throws Exception {
    Assessment<Facts> a = EvidenceLoader.load(Fixtures.resource("evidence/" + evidence), evidence, Facts.class);
    return Report.of(new TestEdition(), evidence, a);
  }

  @Test
  void clinicAsText() throws Exception {
    Golden.assertMatches("report/sakura.txt", TextReport.render(report("sakura.json")));
  }

  @Test
  void clinicAsJson() throws Exception {
    Golden.assertMatches("report/sakura.json", JsonReport.render(report("sakura.json")));
  }

  @Test
  void pharmacyWithMissingEvidenceAsText() throws Exception {
    Golden.assertMatches("report/minimal.txt", TextReport.render(report("minimal.json")));
  }

  @Test
  void vendorWithWaiverAndMultiLineNoteAsText() throws Exception {
    Golden.assertMatches("report/vendor.txt", TextReport.render(report("vendor.json")));
  }

  @Test
  void vendorWithWaiverAndMultiLineNoteAsJson() throws Exception {
    Golden.assertMatches("report/vendor.json", JsonReport.render(report("vendor.json")));
  }

  @Test
  void severalFilesAsText() throws Exception {
    ReportSet set = Report.combine(List.of(report("sakura.json"), report("minimal.json")));
    Golden.assertMatches("report/combined.txt", TextReport.render(set));
  }

  @Test
  void severalFilesAsJson() throws Exception {
    ReportSet set = Report.combine(List.of(report("sakura.json"), report("minimal.json")));
    Golden.assertMatches("report/combined.json", JsonReport.render(set));
  }

  /** The pipeline formats of the same reports: SARIF (located in the evidence file), JUnit XML, OSCAL results. */
  @Test
  void severalFilesAsSarifJunitAndOscal() throws Exception {
    ReportSet set = Report.combine(List.of(report("sakura.json"), report("minimal.json")));
    Golden.assertMatches("report/combined.sarif",
        SarifReport.render(set, file -> EvidenceLocations.of(Fixtures.resource("evidence/" + file)), "0.0.0-test"));
    Golden.assertMatches("report/combined.junit.xml", JunitReport.render(set));
    Golden.assertMatches("report/combined.oscal.json", OscalResults.render(set, "0.0.0-test"));
  }
}
