package dev.kijun.compiler.codegen;

/** Makes user text (doc comments, summaries) safe inside generated Javadoc; never applied to our own markup. */
final class Javadoc {
  private Javadoc() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;");
  }
}
