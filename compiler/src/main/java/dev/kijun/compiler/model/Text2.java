package dev.kijun.compiler.model;

/** A text in Japanese and English. Either may be empty only where the language allows it (titles of structure). */
public record Text2(String ja, String en) {
  public Text2 {
    java.util.Objects.requireNonNull(ja, "ja is null");
    java.util.Objects.requireNonNull(en, "en is null");
  }
}
