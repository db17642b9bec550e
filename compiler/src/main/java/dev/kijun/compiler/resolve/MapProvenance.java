package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * Resolves where a mapping line comes from: {@code official doc "…" page "…"} or {@code ours}. Every {@code map} line
 * needs exactly one; on {@code withdrawn} and {@code new} it is optional. {@code official} needs a page, so a reader
 * can open the table the line was copied from.
 */
final class MapProvenance {
  private MapProvenance() {}

  /** The provenance of a {@code map} line; a missing one is an error. */
  static Optional<Provenance> required(List<Decl.Provenance> written, Decl.MapDecl m, Diagnostics d) {
    if (written.isEmpty()) {
      d.error(Code.MISSING_PROVENANCE, m.source().span(), "the mapping of `" + m.source().value() + "` to `"
          + m.target().value() + "` does not say where it comes from",
          "add `official doc \"9298\" page \"…\"` (the official table and page it is copied from) or `ours` (our own "
              + "reading, explained by the rationale)");
      return Optional.empty();
    }
    return optional(written, d);
  }

  /** The provenance of a line where it may be omitted. */
  static Optional<Provenance> optional(List<Decl.Provenance> written, Diagnostics d) {
    for (int i = 1; i < written.size(); i++) {
      d.error(Code.DUPLICATE_ITEM, written.get(i).span(), "the line gives its provenance twice",
          "first given at " + written.get(0).span().location() + "; a line is either `official` or `ours`");
    }
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Decl.Provenance p = written.get(0);
    if (p instanceof Decl.OfficialProvenance o) {
      if (o.doc().value().isBlank()) {
        d.error(Code.MISSING_PROVENANCE, o.doc().span(), "`official` names no document",
            "give the official document id, e.g. `doc \"9298\"` (項目移行対応表(案)) or `doc \"9469\"` (各編間相関表)");
        return Optional.empty();
      }
      if (o.page().isEmpty() || o.page().get().value().isBlank()) {
        d.error(Code.MISSING_PROVENANCE, o.span(), "`official doc \"" + o.doc().value() + "\"` gives no page",
            "add `page \"…\"`: the page of the official table this line comes from");
        return Optional.empty();
      }
      return Optional.of(new Provenance.Official(o.doc().value(), o.page().get().value()));
    }
    return Optional.of(new Provenance.Ours());
  }
}
