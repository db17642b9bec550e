package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.diff.ChangeKind;
import dev.kijun.compiler.diff.EditionChanges;
import dev.kijun.compiler.diff.EditionDiff;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.output.OutputFile;
import dev.kijun.runtime.testing.XmlPages;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML site of the bundled guidelines as a whole: every page well-formed (parsed as XML), every relative link and
 * fragment resolving to a generated page and id, nothing loaded from elsewhere; the front page with coverage, the
 * mapping graph, a link to every diff and the search index; diff pages that say reworded only where a mapping line
 * says so.
 */
class SiteIntegrityTest {
  static Program program;
  static Map<String, String> pages = new HashMap<>();
  static Map<String, Set<String>> ids = new HashMap<>();
  static Map<String, Document> docs = new HashMap<>();

  @BeforeAll
  static void generate() throws Exception {
    program = CompiledGuidelines.get().program;
    for (OutputFile file : Outputs.docs(program, true, false)) {
      String path = file.path().substring("docs/html/".length());
      pages.put(path, file.content());
      Document doc = XmlPages.parse(path, file.content());
      docs.put(path, doc);
      ids.put(path, XmlPages.ids(path, doc));
    }
  }

  @Test
  void everyRelativeLinkAndFragmentResolves() {
    int checked = 0;
    for (Map.Entry<String, Document> page : docs.entrySet()) {
      NodeList links = page.getValue().getElementsByTagName("a");
      for (int i = 0; i < links.getLength(); i++) {
        String href = ((Element) links.item(i)).getAttribute("href");
        if (href.startsWith("https://") || href.startsWith("http://")) {
          continue;
        }
        URI target = URI.create("file:///site/" + page.getKey()).resolve(href);
        String path = target.getPath().substring("/site/".length());
        assertThat(pages).as("%s links to %s", page.getKey(), href).containsKey(path);
        if (target.getFragment() != null) {
          assertThat(ids.get(path)).as("%s links to %s", page.getKey(), href).contains(target.getFragment());
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void nothingIsLoadedFromElsewhere() {
    pages.forEach((path, html) -> {
      assertThat(html).as(path).doesNotContain(" src=", "<link", "@import", "<iframe", "<img");
      assertThat(html.replace("url(#arrow)", "")).as(path).doesNotContain("url(");
    });
  }

  @Test
  void frontPageShowsCoverageGraphEveryDiffAndSearch() throws Exception {
    String front = pages.get("index.html");
    for (Edition e : program.editions()) {
      assertThat(front).contains("<a href=\"" + e.document() + "/" + e.edition() + "/index.html\"><code>" + e.key());
    }
    assertThat(front).contains("<th>known</th>", "<th>encoded</th>", "<th>stubs</th>", "<svg class=\"graph\"");
    for (Mapping m : program.mappings()) {
      String[] t = m.target().split("@");
      assertThat(front).contains("href=\"" + t[0] + "/" + t[1] + "/changes-from-" + m.source() + ".html\"");
    }
    NodeList scripts = docs.get("index.html").getElementsByTagName("script");
    String index = null;
    for (int i = 0; i < scripts.getLength(); i++) {
      Element s = (Element) scripts.item(i);
      if (s.getAttribute("id").equals("search-index")) {
        index = s.getTextContent();
      }
    }
    assertThat(index).as("the embedded search index").isNotNull();
    JsonNode entries = new ObjectMapper().readTree(index);
    long requirements = program.editions().stream().mapToLong(e -> e.requirements().size()).sum();
    assertThat(entries.size()).isEqualTo((int) requirements);
    assertThat(index).doesNotContain("<", "&");
    assertThat(entries.toString()).contains("パスワード", "password");
  }

  @Test
  void r6ToR7SaysRewordedOnlyWhereTheMappingDoesAndKeepsSummaryEditsApart() {
    Mapping m = program.mapping("mhlw-checklist@R6", "mhlw-checklist@R7").orElseThrow();
    EditionChanges changes = EditionDiff.diff(program, m);
    long rewordedLines = m.entries().stream().filter(e -> e.facts().contains(Mapping.Lifecycle.REWORDED)).count();
    assertThat(changes.counts().get(ChangeKind.REWORDED)).isLessThanOrEqualTo((int) rewordedLines);
    String page = pages.get("mhlw-checklist/R7/changes-from-mhlw-checklist@R6.html");
    assertThat(page).contains("<div class=\"sbs\">", "summary-edited");
  }

  @Test
  void stubsAreShownAsNotReadNeverAsReworded() {
    Mapping m = program.mapping("mhlw-guideline@6.0", "mhlw-guideline@7.0").orElseThrow();
    EditionChanges changes = EditionDiff.diff(program, m);
    changes.changes().stream()
        .filter(c -> c.to().map(t -> t.stub()).orElse(false) || c.from().map(f -> f.stub()).orElse(false))
        .forEach(c -> assertThat(c.kinds()).as(c.label()).doesNotContain(ChangeKind.REWORDED,
            ChangeKind.SUMMARY_EDITED, ChangeKind.NEW, ChangeKind.CHECK_CHANGED));
    assertThat(changes.counts().get(ChangeKind.NOT_READ) + changes.counts().get(ChangeKind.PRESUMED_NEW)).isPositive();
  }

  @Test
  void everyPageHasTheSiteNavigation() {
    pages.forEach((path, html) -> assertThat(html).as(path).contains("<nav class=\"site\">"));
  }
}
