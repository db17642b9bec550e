package dev.kijun.runtime.eval;

import dev.kijun.runtime.Observation;
import dev.kijun.runtime.Observation.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The wording of a failed {@code or}: its alternatives' failures become one observation that says they are
 * alternatives, so that a reader does not take {@code minLength >= 13} and {@code minLength >= 8} for two demands.
 * Shared by the generated validators' {@link Evaluation} and the compiler's interpreter, as all wording is; which
 * failures belong to which side is each one's own business.
 *
 * <p>Alternatives on one path with one value keep that path and value: {@code is 6, expected >= 13 or >= 8}. Others
 * are placed at their longest common path (the element, e.g. {@code systems[0]}), each failure named relative to it
 * and its value given at its first mention: {@code expected one of: passwordPolicy.expires: true (is false);
 * passwordPolicy.minLength >= 13 (is 6)}. A missing waiver is named by its expectation alone, takes no part in
 * choosing the path and comes after the alternatives that change the evidence: {@code is TLS1.2, expected >= TLS1.3
 * or an unexpired waiver `tls12Fallback` for `ep-portal`}. Within an alternative, failures are joined with
 * {@code and}; an {@code or} failed inside an alternative's {@code and} reads {@code (… or …)}.
 */
public final class Alternatives {
  /** The path of a missing waiver ({@link Evaluation#noWaiver}), whose expectation names it in full. */
  private static final String WAIVERS = "waivers";
  private static final List<String> OPERATORS = List.of("== ", "!= ", ">= ", "<= ", "< ", "> ", "in ", "not in ",
      "containing ", "not containing ");

  private Alternatives() {}

  /**
   * What to list for the failures of a failed {@code or}, given those of its left and its right side (kind FAILED
   * only, in order). A side that recorded none (a waiver not counted in this pass, a constant) offers nothing to
   * list, so the other side's failures stay as they are; so does a single distinct alternative. Otherwise the result
   * is one observation with {@link Observation#alternatives()}; a side that is itself such an observation, alone,
   * contributes its alternatives, so {@code a or b or c} lists three however it is bracketed.
   */
  public static List<Observation> either(List<Observation> left, List<Observation> right) {
    if (left.isEmpty() || right.isEmpty()) {
      List<Observation> out = new ArrayList<>(left);
      out.addAll(right);
      return out;
    }
    // Distinct, in order; a scan with equals rather than a hash set: an or has a handful of alternatives, and hashing
    // one means hashing every string of every observation in it.
    List<List<Observation>> alternatives = new ArrayList<>(4);
    addAlternatives(alternatives, left);
    addAlternatives(alternatives, right);
    if (alternatives.size() == 1) {
      return new ArrayList<>(alternatives.iterator().next());
    }
    // What to change in the evidence first, a waiver (an exception to ask for) after; otherwise in source order.
    List<List<Observation>> ordered = new ArrayList<>(alternatives.size());
    List<List<Observation>> waivers = new ArrayList<>(1);
    for (List<Observation> a : alternatives) {
      (onlyWaivers(a) ? waivers : ordered).add(a);
    }
    ordered.addAll(waivers);
    return List.of(group(ordered));
  }

  private static boolean onlyWaivers(List<Observation> alternative) {
    for (Observation o : alternative) {
      if (!o.path().equals(WAIVERS)) {
        return false;
      }
    }
    return true;
  }

  private static void addAlternatives(List<List<Observation>> out, List<Observation> side) {
    if (side.size() == 1 && side.get(0).isAlternatives()) {
      for (List<Observation> a : side.get(0).alternatives()) {
        addDistinct(out, a);
      }
    } else if (side.size() == 1) {
      addDistinct(out, List.of(side.get(0)));
    } else {
      List<Observation> distinct = new ArrayList<>(side.size());
      for (Observation o : side) {
        addDistinct(distinct, o);
      }
      addDistinct(out, List.copyOf(distinct));
    }
  }

  private static <T> void addDistinct(List<T> out, T item) {
    if (!out.contains(item)) {
      out.add(item);
    }
  }

  private static Observation group(List<List<Observation>> alternatives) {
    List<Observation> leaves = new ArrayList<>();
    leaves(alternatives, leaves);
    List<Observation> facts = new ArrayList<>(leaves.size());
    for (Observation o : leaves) {
      if (!o.path().equals(WAIVERS)) {
        facts.add(o);
      }
    }
    if (facts.isEmpty()) {
      facts = leaves;
    }
    Observation first = facts.get(0);
    boolean onePlace = onePlace(facts);
    String path = onePlace ? first.path() : commonPath(facts);
    String subjectKind = "";
    String subject = "";
    for (Observation o : leaves) {
      if (o.subject().isEmpty()) {
        continue; // a waiver or a root value belongs to no element and does not compete
      }
      if (subject.isEmpty()) {
        subjectKind = o.subjectKind();
        subject = o.subject();
      } else if (!subject.equals(o.subject()) || !subjectKind.equals(o.subjectKind())) {
        subjectKind = "";
        subject = "";
        break;
      }
    }
    String expected = onePlace ? words(alternatives, path, null, " or ")
        : "one of: " + words(alternatives, path, new HashSet<>(), "; ");
    return new Observation(Kind.FAILED, path, subjectKind, subject, onePlace ? first.value() : "", expected,
        alternatives);
  }

  /** True when every failure is about one path with one value: the words then need no path and no value. */
  private static boolean onePlace(List<Observation> facts) {
    Observation first = facts.get(0);
    for (Observation o : facts) {
      if (!o.path().equals(first.path()) || !o.value().equals(first.value())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each alternative of {@code group} in words, relative to its path, as its {@code expected} lists them after
   * {@code one of:} (each value given at its first mention), for a report that lists them one by one; empty for a
   * group on one path with one value, whose {@code expected} is already a short phrase ({@code >= 13 or >= 8}).
   */
  public static List<String> each(Observation group) {
    if (!group.isAlternatives()) {
      return List.of();
    }
    List<Observation> leaves = new ArrayList<>();
    leaves(group.alternatives(), leaves);
    List<Observation> facts = new ArrayList<>(leaves.size());
    for (Observation o : leaves) {
      if (!o.path().equals(WAIVERS)) {
        facts.add(o);
      }
    }
    if (onePlace(facts.isEmpty() ? leaves : facts)) {
      return List.of();
    }
    Set<String> mentioned = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (List<Observation> alternative : group.alternatives()) {
      out.add(words(List.of(alternative), group.path(), mentioned, ""));
    }
    return out;
  }

  private static void leaves(List<List<Observation>> alternatives, List<Observation> out) {
    for (List<Observation> alternative : alternatives) {
      for (Observation o : alternative) {
        if (o.isAlternatives()) {
          leaves(o.alternatives(), out);
        } else {
          out.add(o);
        }
      }
    }
  }

  /** {@code mentioned} is null when the value is the observation's own and not repeated in the words. */
  private static String words(List<List<Observation>> alternatives, String base, Set<String> mentioned,
      String separator) {
    StringBuilder out = new StringBuilder(64);
    words(alternatives, base, mentioned, separator, out);
    return out.toString();
  }

  private static void words(List<List<Observation>> alternatives, String base, Set<String> mentioned,
      String separator, StringBuilder out) {
    for (int a = 0; a < alternatives.size(); a++) {
      if (a > 0) {
        out.append(separator);
      }
      List<Observation> alternative = alternatives.get(a);
      for (int i = 0; i < alternative.size(); i++) {
        Observation o = alternative.get(i);
        if (i > 0) {
          out.append(" and ");
        }
        if (o.isAlternatives()) {
          out.append('(');
          words(o.alternatives(), base, mentioned, " or ", out);
          out.append(')');
        } else {
          part(o, base, mentioned, out);
        }
      }
    }
  }

  private static void part(Observation o, String base, Set<String> mentioned, StringBuilder out) {
    String expected = o.expected();
    if (o.path().equals(WAIVERS)) {
      out.append(expected);
    } else {
      int from = relativeStart(o.path(), base);
      boolean named = from < o.path().length();
      if (named) {
        out.append(o.path(), from, o.path().length());
      }
      if (named && !expected.isEmpty()) {
        out.append(startsWithOperator(expected) ? " " : ": ");
      }
      out.append(expected);
    }
    if (mentioned != null && !o.value().isEmpty() && mentioned.add(o.path())) {
      out.append(" (is ").append(o.value()).append(')');
    }
  }

  private static boolean startsWithOperator(String expected) {
    if (expected.isEmpty() || "=!<>inc".indexOf(expected.charAt(0)) < 0) {
      return false; // no operator starts otherwise: most expectations are settled by their first character
    }
    for (String operator : OPERATORS) {
      if (expected.startsWith(operator)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code path}'s name relative to {@code base} starts: after the base and the dot that follows it. */
  private static int relativeStart(String path, String base) {
    if (base.isEmpty() || !path.startsWith(base)) {
      return 0;
    }
    int from = base.length();
    return from < path.length() && path.charAt(from) == '.' ? from + 1 : from;
  }

  /**
   * The longest path every observation's path starts with, ending where a field or index begins: {@code systems[0]}
   * for {@code systems[0].twoFactor} and {@code systems[0].passwordPolicy.expires}; empty when they share none.
   */
  static String commonPath(List<Observation> observations) {
    String first = observations.get(0).path();
    int[] ends = ends(first);
    for (int i = ends.length - 1; i >= 0; i--) {
      int end = ends[i];
      boolean shared = true;
      for (Observation o : observations) {
        String p = o.path();
        if (!p.regionMatches(0, first, 0, end) || p.length() > end && ".[".indexOf(p.charAt(end)) < 0) {
          shared = false;
          break;
        }
      }
      if (shared) {
        return first.substring(0, end);
      }
    }
    return "";
  }

  /** Where the segments of {@code path} end: before each {@code .} or {@code [} outside brackets, and at its end. */
  private static int[] ends(String path) {
    IntStream.Builder ends = IntStream.builder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        if (depth == 0 && i > 0) {
          ends.add(i);
        }
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '.' && depth == 0) {
        ends.add(i);
      }
    }
    ends.add(path.length());
    return ends.build().toArray();
  }
}
