package dev.kijun.runtime.report;

import dev.kijun.runtime.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Wording shared by the text and JSON reports, so both say the same thing in the same words. */
final class Wording {
  /**
   * What a verdict means and does not mean. Worded for auditors: it names the limits (the clauses as encoded, the
   * evidence as given) and never uses the word for conformity that a certificate would use.
   */
  static final String NOTICE = "Each verdict states what this evidence shows for one clause, as the clause is"
      + " encoded in kijun, on the date given. The verdicts are not a claim of compliance with the guideline:"
      + " they cover only the clauses checked and only the evidence supplied, and they are no substitute for an"
      + " assessment by a qualified person.";

  private Wording() {}

  /** {@code 6 requirements: 1 satisfied, 2 not-satisfied, …}, every outcome listed in declaration order. */
  static String summary(Map<Outcome, Integer> counts) {
    int total = 0;
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Outcome, Integer> e : counts.entrySet()) {
      total += e.getValue();
      parts.add(e.getValue() + " " + e.getKey().jsonName());
    }
    return total + (total == 1 ? " requirement: " : " requirements: ") + String.join(", ", parts);
  }

  /** Text on one line: line breaks and other control characters from user-supplied text become spaces. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085';
      sb.append(control ? ' ' : c);
    }
    return sb.toString();
  }
}
