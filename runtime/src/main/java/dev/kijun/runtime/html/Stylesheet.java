package dev.kijun.runtime.html;

/**
 * The one stylesheet of every kijun page, inlined by {@link HtmlPage} so a page needs no other file. Light colours
 * that print well; Japanese fonts named before the generic family; wide tables scroll instead of overflowing.
 */
final class Stylesheet {
  private Stylesheet() {}

  static final String CSS = String.join("\n",
      ":root{--ink:#1d1d1f;--muted:#5a5a63;--line:#d0d0d7;--soft:#f5f5f8;--accent:#1f5fa8}",
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"Hiragino Sans\",\"Noto Sans CJK JP\",\"Noto Sans JP\","
          + "Meiryo,sans-serif;max-width:72rem;margin:0 auto;padding:0 1.25rem 2rem;line-height:1.55;color:var(--ink)}",
      "a{color:var(--accent)}",
      "nav.site{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:baseline;border-bottom:1px solid var(--line);"
          + "padding:.75rem 0;margin-bottom:1rem;font-size:.95rem}",
      "nav.site .brand{font-weight:700;text-decoration:none;color:var(--ink)}",
      "nav.site a[aria-current]{font-weight:700;text-decoration:none;color:var(--ink)}",
      "h1{font-size:1.7rem;line-height:1.25}h2{margin-top:2rem;border-bottom:1px solid var(--line)}",
      "code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);font-size:.92em}",
      "code{padding:0 .2em;border-radius:3px}pre{padding:.6rem .8rem;overflow-x:auto;white-space:pre-wrap}",
      ".notice{border-left:4px solid #c60;background:#fff6ec;padding:.5rem 1rem}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.3rem .55rem;"
          + "text-align:left;vertical-align:top}th{background:var(--soft)}td.num,th.num{text-align:right}",
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}dt{font-weight:bold}dd{margin:0}",
      "td:first-child code{white-space:nowrap}th.num{white-space:nowrap}",
      "footer{margin-top:2rem;border-top:1px solid var(--line);font-size:.9rem;color:var(--muted)}",
      ".muted{color:var(--muted)}small{color:var(--muted)}",
      // Outcomes and change classes: a word in a tinted box, readable in black-and-white print too.
      ".tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .35em;margin:0 .25em .15em 0;"
          + "font-size:.85em;white-space:nowrap;background:#eef}",
      ".not-satisfied,.strengthened{background:#fde2e1;border-color:#e8a7a3}",
      ".evidence-missing,.weakened{background:#fff3cd;border-color:#e6cf7e}",
      ".needs-review,.summary-edited,.check-changed{background:#e6eefc;border-color:#a9c0ea}",
      ".satisfied,.new{background:#e2f5e1;border-color:#9fd39b}",
      ".waived,.reworded{background:#efe6fb;border-color:#c4a9ea}",
      ".not-applicable,.withdrawn,.not-read,.presumed-new{background:#eee;border-color:#ccc}",
      ".withdrawn{text-decoration:line-through}",
      // Report: one card per requirement.
      ".verdict{border:1px solid var(--line);border-left-width:5px;border-radius:4px;padding:.4rem .9rem;margin:.75rem 0;"
          + "break-inside:avoid}",
      ".v-not-satisfied{border-left-color:#c0392b}.v-evidence-missing{border-left-color:#c9a227}",
      ".v-needs-review{border-left-color:#3b6fc4}.v-satisfied{border-left-color:#3c9a38}.verdict h4{margin:.2rem 0}",
      // Diffs: two columns, deletions struck through, insertions underlined, so colour is not needed to read them.
      ".sbs{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}.sbs>div{min-width:0}",
      ".sbs h5{margin:.2rem 0;font-size:.85rem;color:var(--muted)}",
      "del{background:#fbd5d2;text-decoration:line-through}ins{background:#cdeecb;text-decoration:underline}",
      ".change{border-top:1px solid var(--line);padding:.5rem 0 .75rem}.change h3{margin:.3rem 0;font-size:1.1rem}",
      // Front page: the mapping graph and the search box.
      "svg.graph{max-width:100%;height:auto;font-size:13px}svg.graph text{font-family:inherit}",
      "input[type=search]{width:100%;max-width:36rem;font-size:1rem;padding:.4rem .6rem}",
      "#search-results li{margin:.2rem 0}",
      "@media print{nav.site,#search-box{display:none}body{max-width:none}a{color:inherit}}",
      "@media (max-width:50rem){.sbs{grid-template-columns:1fr}}");
}
