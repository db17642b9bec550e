package dev.kijun.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/language.md lists every diagnostic code with its purpose, in declaration order, and no other. */
class LanguageDocCodesTest {
  @Test
  void theCodeTableMatchesTheEnum() throws IOException {
    String doc = Files.readString(Path.of("../docs/language.md"), StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("## Diagnostic codes"));
    Matcher m = Pattern.compile("^\\| `([A-Z_]+)` \\| (.+) \\|$", Pattern.MULTILINE).matcher(table);
    List<String> listed = new ArrayList<>();
    while (m.find()) {
      listed.add(m.group(1) + ": " + m.group(2));
    }
    List<String> expected = new ArrayList<>();
    for (Code c : Code.values()) {
      expected.add(c.name() + ": " + c.purpose());
    }
    assertThat(listed).containsExactlyElementsOf(expected);
  }
}
