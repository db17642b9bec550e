package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import java.nio.charset.StandardCharsets;

/**
 * User text as a Java string expression. JavaPoet's {@code $S} escapes quotes, backslashes and control characters
 * (so a Windows path and NUL are safe); a class file holds a string constant of at most 65,535 bytes, so longer
 * text becomes {@code String.join("", part, part, …)}, a call rather than a constant expression javac would fold back.
 */
final class JavaText {
  /** Characters per part: at most three bytes each in a class file, well under the limit. */
  static final int PART = 16_000;

  private JavaText() {}

  static CodeBlock string(String text) {
    if (text.length() <= PART || text.getBytes(StandardCharsets.UTF_8).length < 65_535 / 2) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.join(\"\"", String.class);
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + PART);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // never split a surrogate pair: a lone half cannot be written to a UTF-8 source file
      }
      b.add(", $S", text.substring(i, end));
      i = end;
    }
    return b.add(")").build();
  }
}
