package dev.kijun.compiler.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.explain.ModelFixtures;
import dev.kijun.compiler.output.OutputFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties every HTML page must have, whatever the goldens say. */
class HtmlSafetyTest {
  private final ModelFixtures m = new ModelFixtures();

  private String page(String path) {
    List<OutputFile> files = new java.util.ArrayList<>(HtmlSiteGenerator.generate(m.program, m.ed1));
    files.addAll(HtmlSiteGenerator.generate(m.program, m.ed2));
    return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
  }

  @Test
  void sourceTextIsEscaped() {
    String c11 = page("demo-guideline/1.0/6.11.C.11.html");
    assertThat(c11).contains("TLS 1.3 &amp; client certificates &lt;not TLS 1.2&gt;.")
        .doesNotContain("<not TLS");
  }

  @Test
  void onlyHttpUrlsBecomeLinks() {
    String sys = page("demo-guideline/2.0/SYS.13.6.html");
    assertThat(sys).contains("<code>javascript:alert(1)</code>").doesNotContain("href=\"javascript:");
  }

  @Test
  void pagesAreSelfContainedAndMarkJapanese() {
    String c11 = page("demo-guideline/1.0/6.11.C.11.html");
    assertThat(c11).startsWith("<!DOCTYPE html>\n").contains("<meta charset=\"utf-8\"/>")
        .contains("<span lang=\"ja\">オープンネットワークのTLS設定</span>")
        .doesNotContain("<script").doesNotContain("<link ").doesNotContain("src=")
        .contains("Not the official text.");
  }

  @Test
  void citesLinkAcrossEditionsAndBack() {
    String c11 = page("demo-guideline/1.0/6.11.C.11.html");
    assertThat(c11).contains("<a href=\"../../demo-guideline/2.0/SYS.13.6.html\"><code>demo-guideline@2.0/SYS.13.6"
        + "</code></a>")
        .contains("<code>other-doc@R7/2.8</code> (not part of this build)")
        .contains("<a href=\"6.12.D.1.html\"><code>demo-guideline@1.0/6.12.D.1</code></a>");
    String sys = page("demo-guideline/2.0/SYS.13.6.html");
    assertThat(sys).contains("<a href=\"index.html#SYS.13\">");
  }
}
