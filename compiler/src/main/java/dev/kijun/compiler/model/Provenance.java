package dev.kijun.compiler.model;

import java.util.Objects;

/** Where a mapping line comes from: an official correspondence table, or our own reading of the two texts. */
public sealed interface Provenance {
  /** A short phrase for docs and diffs: {@code official: doc 9298 p. 8} or {@code ours}. */
  String describe();

  /** A page of an official document (e.g. MHLW's 項目移行対応表(案), doc 9298), by its document id and page. */
  record Official(String doc, String page) implements Provenance {
    public Official {
      Objects.requireNonNull(doc, "doc is null");
      Objects.requireNonNull(page, "page is null");
    }

    @Override
    public String describe() {
      return "official: doc " + doc + " p. " + page;
    }
  }

  /** Our own reading; the line's rationale says why. */
  record Ours() implements Provenance {
    @Override
    public String describe() {
      return "ours";
    }
  }
}
