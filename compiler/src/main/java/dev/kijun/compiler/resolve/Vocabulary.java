package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Leaf.Word;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The fixed words of the language (levels, audiences, targets, statuses, languages) and their lookup with hints. */
final class Vocabulary {
  static final List<String> LANGUAGES = List.of("ja", "en");

  private Vocabulary() {}

  static Optional<Level> level(Word w, Diagnostics d) {
    return lookup(w, d, "level", Level.values(), l -> l.name().toLowerCase(java.util.Locale.ROOT));
  }

  static Optional<Audience> audience(Word w, Diagnostics d) {
    return lookup(w, d, "audience", Audience.values(), Audience::keyword);
  }

  static Optional<Target> target(Word w, Diagnostics d) {
    return lookup(w, d, "target", Target.values(), Target::keyword);
  }

  static Optional<Status> status(Word w, Diagnostics d) {
    return lookup(w, d, "status", Status.values(), Status::keyword);
  }

  /** Looks up a word among {@code values} by spelling; an unknown word is an error with a did-you-mean hint. */
  static <T> Optional<T> lookup(Word w, Diagnostics d, String what, T[] values, Function<T, String> spell) {
    for (T v : values) {
      if (spell.apply(v).equals(w.text())) {
        return Optional.of(v);
      }
    }
    List<String> words = Arrays.stream(values).map(spell).toList();
    String help = DidYouMean.closest(w.text(), words).map(s -> "did you mean `" + s + "`?")
        .orElse("expected one of " + String.join(", ", words.stream().map(s -> "`" + s + "`").toList()));
    d.error(Code.UNKNOWN_WORD, w.span(), "unknown " + what + " `" + w.text() + "`", help);
    return Optional.empty();
  }
}
