package dev.kijun.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ClauseRef} checks its spellings by hand; these tests hold it to the regular expressions it replaced, on
 * hand-picked names and on random strings over an alphabet of the characters that matter.
 */
class ClauseRefTest {
  private static final Pattern DOCUMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern EDITION = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");
  private static final Pattern CLAUSE = Pattern.compile("§?[A-Za-z0-9]+(\\.§?[A-Za-z0-9]+)*");
  private static final Pattern QUALIFIED = Pattern.compile("([^@/]+)@([^@/]+)/(.+)");

  /** What the regular expressions accepted. */
  private static Optional<ClauseRef> byRegex(String text) {
    Matcher m = QUALIFIED.matcher(text);
    if (!m.matches() || !DOCUMENT.matcher(m.group(1)).matches() || !EDITION.matcher(m.group(2)).matches()
        || !CLAUSE.matcher(m.group(3)).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ClauseRef(m.group(1), m.group(2), m.group(3)));
  }

  @Test
  void acceptsTheOfficialShapes() {
    for (String ok : new String[] {"mhlw-guideline@5.2/6.11.C.11", "mhlw-guideline@6.0/SYS.§8.1",
        "mhlw-checklist@R7/2.7", "a@1/§x", "doc-2@R8.v2/A.§b.3", "x1-y2-z3@A/B"}) {
      assertThat(ClauseRef.tryParse(ok)).as(ok).isPresent().isEqualTo(byRegex(ok));
      assertThat(ClauseRef.parse(ok).toString()).isEqualTo(ok);
    }
    for (String bad : new String[] {"", "@", "a@b", "a@b/", "@b/c", "a@/c", "A@b/c", "1a@b/c", "a-@b/c", "a--b@c/d",
        "a@b./c", "a@.b/c", "a@b/c.", "a@b/.c", "a@b/§", "a@b/c§d", "a@b/§§c", "a@b/c/d", "a@b@c/d", "a/b@c/d",
        "a@b/c\n", "a@b/ｃ", "a@b/ç", "a@b/c d", "a@§b/c"}) {
      assertThat(ClauseRef.tryParse(bad)).as("`%s`", bad).isEmpty();
      assertThat(byRegex(bad)).as("regex on `%s`", bad).isEmpty();
    }
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomStrings() {
    char[] alphabet = "az09AZ-.@/§ \nb1.-§".toCharArray();
    Random random = new Random(20261203);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      // Mostly well-formed names with one random edit, so both acceptance and every kind of refusal are common.
      StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "" : "doc-a@R7.1/SYS.§8.b1");
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
        char c = alphabet[random.nextInt(alphabet.length)];
        switch (random.nextInt(3)) {
          case 0 -> s.insert(at, c);
          case 1 -> { if (at < s.length()) s.setCharAt(at, c); else s.append(c); }
          default -> { if (at < s.length()) s.deleteCharAt(at); }
        }
      }
      String text = s.toString();
      Optional<ClauseRef> expected = byRegex(text);
      assertThat(ClauseRef.tryParse(text)).as("`%s`", text).isEqualTo(expected);
      accepted += expected.isPresent() ? 1 : 0;
    }
    assertThat(accepted).as("accepted names among the random strings").isBetween(10_000, 190_000);
  }

  @Test
  void theConstructorNamesTheBadPart() {
    assertThatThrownBy(() -> new ClauseRef("Doc", "1", "a")).hasMessageContaining("document id `Doc`");
    assertThatThrownBy(() -> new ClauseRef("doc", "1..2", "a")).hasMessageContaining("edition `1..2`");
    assertThatThrownBy(() -> new ClauseRef("doc", "1", "a.§")).hasMessageContaining("clause id `a.§`");
  }
}
