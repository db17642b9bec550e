package dev.kijun.compiler.explain;

import dev.kijun.compiler.model.Type;
import java.util.Locale;

/** English nouns for the elements a variable ranges over: {@code WirelessNetwork} → "wireless network". */
final class Nouns {
  private Nouns() {}

  /** The singular noun for elements of type {@code t}. */
  static String of(Type t) {
    Type u = t.unwrapped();
    if (u instanceof Type.RecordType r) {
      return words(r.def().name());
    }
    if (u instanceof Type.EnumType e) {
      return words(e.def().name());
    }
    if (u == Type.Primitive.STRING || u == Type.Primitive.SECRET) {
      return "string";
    }
    if (u == Type.Primitive.INTEGER || u == Type.Primitive.NUMBER) {
      return "number";
    }
    if (u == Type.Primitive.DATE) {
      return "date";
    }
    return "item";
  }

  /** {@code UpperCamel} → lowercase words. */
  static String words(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      boolean boundary = i > 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(camel.charAt(i - 1))
              || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))));
      if (boundary) {
        b.append(' ');
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A naive English plural, enough for record names. */
  static String plural(String noun) {
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /** "a" or "an". */
  static String article(String noun) {
    return !noun.isEmpty() && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }
}
