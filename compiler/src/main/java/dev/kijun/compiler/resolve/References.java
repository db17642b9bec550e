package dev.kijun.compiler.resolve;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.ClauseRef;
import java.util.Optional;

/** Parses clause names written in sources: qualified ({@code doc@ed/clause}) or local to the current edition. */
final class References {
  private References() {}

  static Optional<ClauseRef> parse(String text, String document, String edition, Span span, Diagnostics d) {
    if (text.contains("@") || text.contains("/")) {
      Optional<ClauseRef> ref = ClauseRef.tryParse(text);
      if (ref.isEmpty()) {
        d.error(Code.BAD_CLAUSE_ID, span, "`" + text + "` is not a clause name",
            "write `document@edition/clause`, e.g. `mhlw-guideline@6.0/SYS.8.5`");
      }
      return ref;
    }
    try {
      return Optional.of(new ClauseRef(document, edition, text));
    } catch (IllegalArgumentException e) {
      String shown = text.replace("\t", "\\t").replace("\n", "\\n");
      if (text.chars().anyMatch(Character::isWhitespace) && !text.isBlank()) {
        d.error(Code.BAD_CLAUSE_ID, span, "`" + shown + "` is not a clause id",
            "clause ids contain no spaces or tabs; did you mean `" + text.strip().replaceAll("\\s+", ".") + "`?");
        return Optional.empty();
      }
      d.error(Code.BAD_CLAUSE_ID, span, "`" + shown + "` is not a clause id",
          "clause ids are letters and digits separated by `.`, from the official numbering, e.g. `6.11.C.11`");
      return Optional.empty();
    }
  }
}
