package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Leaf.Text;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.compiler.model.Text2;
import dev.kijun.compiler.source.Span;
import java.util.List;

/** Turns {@code ja "…" en "…"} pairs into a {@link Text2}, reporting unknown languages, repeats and gaps. */
final class TextResolver {
  private TextResolver() {}

  /** Resolves texts; {@code required} makes a missing language an error naming {@code what}. */
  static Text2 resolve(List<Text> texts, Diagnostics d, String what, Span where, boolean required) {
    String ja = null;
    String en = null;
    for (Text t : texts) {
      String lang = t.lang().text();
      if (!Vocabulary.LANGUAGES.contains(lang)) {
        d.error(Code.UNKNOWN_WORD, t.lang().span(), "unknown language `" + lang + "` in " + what,
            DidYouMean.closest(lang, Vocabulary.LANGUAGES).map(s -> "did you mean `" + s + "`?")
                .orElse("kijun texts are written in `ja` and `en`"));
        continue;
      }
      if (lang.equals("ja") ? ja != null : en != null) {
        d.error(Code.DUPLICATE_ITEM, t.span(), what + " gives `" + lang + "` twice", null);
        continue;
      }
      if (t.text().value().isBlank()) {
        d.error(Code.MISSING_ITEM, t.text().span(), what + " in `" + lang + "` is empty", null);
      }
      if (lang.equals("ja")) {
        ja = t.text().value();
      } else {
        en = t.text().value();
      }
    }
    if (required && ja == null) {
      d.error(Code.MISSING_ITEM, where, what + " has no Japanese text", "add `" + firstWord(what) + " ja \"…\"`");
    }
    if (required && en == null) {
      d.error(Code.MISSING_ITEM, where, what + " has no English text", "add `" + firstWord(what) + " en \"…\"`");
    }
    return new Text2(ja == null ? "" : ja, en == null ? "" : en);
  }

  private static String firstWord(String what) {
    int space = what.indexOf(' ');
    return space < 0 ? what : what.substring(0, space);
  }
}
