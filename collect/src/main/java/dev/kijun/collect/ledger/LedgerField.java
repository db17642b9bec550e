package dev.kijun.collect.ledger;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One column a ledger may have: the evidence field it fills, its type, whether it must be filled, the header names
 * it is recognised by (the first is the one shown in messages) and, for an enumeration, its values with the words a
 * ledger may use for them. A dotted name ({@code timeSync.source}) fills a field of a nested record; there
 * {@code required} means "required whenever any column of that record is filled in the row".
 */
public record LedgerField(String name, Type type, boolean required, List<String> headers, List<Choice> choices) {
  public LedgerField {
    headers = List.copyOf(headers);
    choices = List.copyOf(choices);
  }

  /** How a cell is read. */
  public enum Type {
    /** Text; numbers are written without a fraction ({@code 1024}, not {@code 1024.0}). */
    STRING,
    /** One of {@link #choices()}. */
    ENUM,
    /** A calendar date: a date cell, or text such as 2026-10-10, 2026/10/10 or 2026年10月10日. */
    DATE,
    /** はい/いいえ, yes/no, true/false, ○/×, or a TRUE/FALSE cell. */
    BOOLEAN,
    /** A whole number, possibly negative. */
    INTEGER,
    /** Several of {@link #choices()} in one cell, separated by commas, semicolons, 、 or line breaks. */
    ENUM_LIST,
    /** Several texts in one cell, separated as for {@link #ENUM_LIST}. */
    STRING_LIST
  }

  /** The nested record this field belongs to ({@code timeSync} for {@code timeSync.source}), if any. */
  public Optional<String> group() {
    int dot = name.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
  }

  /** The field's name inside its record ({@code source} for {@code timeSync.source}). */
  public String leaf() {
    return name.substring(name.indexOf('.') + 1);
  }

  /**
   * One value of an enumeration: its spelling in evidence JSON, the label a Japanese ledger uses (shown in messages),
   * and further words accepted for it.
   */
  public record Choice(String json, String label, List<String> aliases) {
    public Choice {
      aliases = List.copyOf(aliases);
    }

    /** True when {@code word} names this value (compared as {@link LedgerField#normalise(String)} does). */
    public boolean accepts(String word) {
      String w = normalise(word);
      return normalise(json).equals(w) || normalise(label).equals(w)
          || aliases.stream().anyMatch(a -> normalise(a).equals(w));
    }
  }

  /** The header shown in messages: the first one. */
  public String mainHeader() {
    return headers.get(0);
  }

  /** True when a header cell reading {@code text} names this field. */
  public boolean matchesHeader(String text) {
    String t = normalise(text);
    return headers.stream().anyMatch(h -> normalise(h).equals(t));
  }

  /** The value {@code word} names, if any. */
  public Optional<Choice> choice(String word) {
    return choices.stream().filter(c -> c.accepts(word)).findFirst();
  }

  /** This field recognised by {@code newHeaders} instead of its defaults. */
  public LedgerField withHeaders(List<String> newHeaders) {
    return new LedgerField(name, type, required, newHeaders, choices);
  }

  /**
   * Text compared loosely: NFKC (full-width letters and digits become ASCII, half-width kana become full-width),
   * lower case, white space removed. {@code ＰＣ}, {@code pc} and {@code P C} compare equal.
   */
  public static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
