package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.report.PrettyJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the front page's search looks through: every requirement of every edition, by clause id, title and summary in
 * Japanese and English, with the path of its page. The index is embedded in the page as JSON and searched by a small
 * inline script ({@link #SCRIPT}); nothing is fetched.
 */
final class SearchIndex {
  /** One requirement: edition key, clause id, titles and summaries (ja/en), page path from the site root. */
  record Entry(String edition, String clause, String titleEn, String titleJa, String summaryEn, String summaryJa,
      String href) {
    Entry {
      Objects.requireNonNull(edition, "edition is null");
      Objects.requireNonNull(clause, "clause is null");
      Objects.requireNonNull(titleEn, "titleEn is null");
      Objects.requireNonNull(titleJa, "titleJa is null");
      Objects.requireNonNull(summaryEn, "summaryEn is null");
      Objects.requireNonNull(summaryJa, "summaryJa is null");
      Objects.requireNonNull(href, "href is null");
    }
  }

  /**
   * Filters the entries on each keystroke: every word typed must occur (case- and width-folded by NFKC) in the id,
   * titles or summaries; the first 50 hits are listed. Written without {@code <} and {@code &} so the page stays
   * well-formed XML (see {@link dev.kijun.runtime.html.HtmlPage#script}).
   */
  static final String SCRIPT = String.join("\n",
      "(function () {",
      "  var data = document.getElementById('search-index');",
      "  var box = document.getElementById('q');",
      "  var list = document.getElementById('search-results');",
      "  var count = document.getElementById('search-count');",
      "  if (!data || !box) { return; }",
      "  var entries = JSON.parse(data.textContent);",
      "  function fold(s) { return (s || '').normalize('NFKC').toLowerCase(); }",
      "  entries.forEach(function (e) { e.hay = fold([e.edition, e.clause, e.edition + '/' + e.clause, e.titleEn,"
          + " e.titleJa, e.summaryEn, e.summaryJa].join(' ')); });",
      "  box.addEventListener('input', function () {",
      "    var words = fold(box.value).split(/\\s+/).filter(function (w) { return w.length; });",
      "    list.textContent = '';",
      "    if (words.length === 0) { count.textContent = ''; return; }",
      "    var hits = entries.filter(function (e) {",
      "      return words.every(function (w) { return e.hay.indexOf(w) !== -1; });",
      "    });",
      "    count.textContent = hits.length + (hits.length === 1 ? ' clause matches' : ' clauses match')",
      "        + (hits.length > 50 ? '; the first 50 are listed' : '');",
      "    hits.slice(0, 50).forEach(function (e) {",
      "      var li = document.createElement('li');",
      "      var a = document.createElement('a');",
      "      a.href = e.href;",
      "      a.textContent = e.edition + '/' + e.clause;",
      "      li.appendChild(a);",
      "      if (e.titleEn) { li.appendChild(document.createTextNode(' ' + e.titleEn)); }",
      "      if (e.titleJa) {",
      "        var ja = document.createElement('span');",
      "        ja.lang = 'ja';",
      "        ja.textContent = ' ' + e.titleJa;",
      "        li.appendChild(ja);",
      "      }",
      "      list.appendChild(li);",
      "    });",
      "  });",
      "})();");

  private SearchIndex() {}

  /** Every requirement of {@code program}, editions in program order, requirements in source order. */
  static List<Entry> of(Program program, String ext) {
    List<Entry> out = new ArrayList<>();
    for (Edition e : program.editions()) {
      for (Requirement r : e.requirements()) {
        out.add(new Entry(e.key(), r.id().clause(), r.title().en(), r.title().ja(), r.summary().en(),
            r.summary().ja(), SiteLinks.path(e, r.id().clause(), ext)));
      }
    }
    return out;
  }

  /**
   * The entries as compact JSON safe inside a {@code <script type="application/json">} element of an HTML page that
   * is also XML: {@code <}, {@code >} and {@code &} are written as {@code \\u} escapes, so neither parser sees
   * markup or an entity, and the JSON means the same.
   */
  static String json(List<Entry> entries) {
    List<Object> list = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("edition", e.edition());
      m.put("clause", e.clause());
      m.put("titleEn", e.titleEn());
      m.put("titleJa", e.titleJa());
      m.put("summaryEn", e.summaryEn());
      m.put("summaryJa", e.summaryJa());
      m.put("href", e.href());
      list.add(m);
    }
    // The writer indents; newlines occur only between tokens (strings escape theirs), so they can all go.
    String json = PrettyJson.print(list).replaceAll("\n\\s*", "");
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
