package dev.kijun.compiler.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Mapping files between two or three generated editions of one document, consistent by construction: every
 * requirement stands for a hidden non-empty set over a small universe, and every map line states the RCC5 relation
 * between its two clauses' sets, so all chains, diamonds and cycles of lines compose consistently. A clause with no
 * line is {@code withdrawn} (source) or {@code new} (target). {@link #flip} rewrites one map line to another
 * relationship and says whether that contradicts another path, decided by this class's own set reasoning (not the
 * compiler's algebra), so the check it is tested against is not its own oracle.
 */
final class GeneratedMappings {
  private static final int UNIVERSE = 8;

  /** The RCC5 base relations between non-empty sets, in this test's own words. */
  enum Base {
    EQ, PP, PPI, PO, DR;

    String keyword(Random random) {
      switch (this) {
        case EQ:
          return random.nextBoolean() ? "equal" : "equivalent";
        case PP:
          return "subset-of";
        case PPI:
          return "superset-of";
        case PO:
          return "intersects-with";
        default:
          return "no-relationship";
      }
    }

    Base converse() {
      return this == PP ? PPI : this == PPI ? PP : this;
    }

    static Base between(int a, int b) {
      if (a == b) {
        return EQ;
      }
      if ((a & b) == 0) {
        return DR;
      }
      if ((a & b) == a) {
        return PP;
      }
      return (a & b) == b ? PPI : PO;
    }

    /** {@code x r z} and {@code z s y} imply this relation between x and y, or null when several remain. */
    static Base determined(Base r, Base s) {
      if (r == EQ) {
        return s;
      }
      if (s == EQ) {
        return r;
      }
      if (r == s && (r == PP || r == PPI)) {
        return r; // x ⊂ z ⊂ y, or the converse
      }
      if (r == PP && s == DR || r == DR && s == PPI) {
        return DR; // x ⊆ z and z ∩ y = ∅, or x ∩ z = ∅ and y ⊆ z
      }
      return null;
    }
  }

  /** One map line: clause ids, the relation between their hidden sets and the text written. */
  record Line(String source, String target, Base base, String text) {}

  /** One mapping file from edition {@code from} to edition {@code to} (1-based). */
  record File(String path, int from, int to, String header, List<Line> lines, List<String> others) {
    String text() {
      return render(-1, null);
    }

    String render(int flipped, Base to) {
      StringBuilder sb = new StringBuilder(header);
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        sb.append(i == flipped ? l.text().replaceFirst("\" [a-z-]+ \"", "\" " + keyword(to) + " \"") : l.text());
      }
      others.forEach(sb::append);
      return sb.toString();
    }
  }

  /** A program with one map line's relationship replaced; {@code contradicts} when another path rules it out. */
  record Flip(String path, String text, String line, boolean contradicts) {}

  private final Random random;
  private final List<List<String>> ids;
  private final List<Map<String, Integer>> sets = new ArrayList<>();
  private final Map<String, Set<String>> pairs = new LinkedHashMap<>();
  private final List<File> files = new ArrayList<>();

  /**
   * Draws the hidden sets and writes the mapping files. {@code ids.get(k)} are the requirement ids of edition k+1,
   * whose key is {@code keys.get(k)}; {@code directory} prefixes the files' paths.
   */
  GeneratedMappings(Random random, List<List<String>> ids, List<String> keys, String directory) {
    this.random = random;
    this.ids = ids;
    for (int k = 0; k < ids.size(); k++) {
      Map<String, Integer> s = new LinkedHashMap<>();
      for (String id : ids.get(k)) {
        s.put(id, k == 0 ? randomSet() : successor(sets.get(k - 1)));
      }
      sets.add(s);
    }
    List<int[]> ordered = new ArrayList<>();
    for (int k = 0; k + 1 < ids.size(); k++) {
      ordered.add(new int[] {k, k + 1});
    }
    if (ids.size() == 3 && random.nextInt(3) > 0) {
      ordered.add(random.nextBoolean() ? new int[] {0, 2} : new int[] {2, 0}); // a direct line, or a cycle
    }
    if (random.nextInt(4) == 0) {
      ordered.add(new int[] {1, 0}); // written in both directions
    }
    for (int[] p : ordered) {
      files.add(file(p[0], p[1], keys, directory));
    }
  }

  List<File> files() {
    return files;
  }

  int lineCount() {
    return files.stream().mapToInt(f -> f.lines().size()).sum();
  }

  /** One map line, chosen at random, given a relationship its hidden sets do not have; null when there is none. */
  Flip flip() {
    List<int[]> all = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      for (int l = 0; l < files.get(f).lines().size(); l++) {
        all.add(new int[] {f, l});
      }
    }
    if (all.isEmpty()) {
      return null;
    }
    int[] at = all.get(random.nextInt(all.size()));
    File file = files.get(at[0]);
    Line line = file.lines().get(at[1]);
    List<Base> others = new ArrayList<>(List.of(Base.values()));
    others.remove(line.base());
    Base to = others.get(random.nextInt(others.size()));
    return new Flip(file.path(), file.render(at[1], to), line.source() + " " + keyword(to) + " " + line.target()
        + " (hidden: " + line.base() + ")", contradicts(file, line, to));
  }

  /**
   * True when {@code line} read as {@code to} is ruled out by what this program states elsewhere: the same pair
   * written the other way round, or a two-step path through the third edition whose composition is determined.
   */
  private boolean contradicts(File file, Line line, Base to) {
    for (File f : files) {
      if (f.from() == file.to() && f.to() == file.from()) {
        return true;
      }
    }
    for (int k = 0; k < ids.size(); k++) {
      if (k == file.from() || k == file.to() || !written(file.from(), k) || !written(k, file.to())) {
        continue;
      }
      for (String z : ids.get(k)) {
        if (stated(file.from(), line.source(), k, z) && stated(k, z, file.to(), line.target())) {
          Base r = Base.between(sets.get(file.from()).get(line.source()), sets.get(k).get(z));
          Base s = Base.between(sets.get(k).get(z), sets.get(file.to()).get(line.target()));
          Base d = Base.determined(r, s);
          if (d != null && d != to) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean written(int a, int b) {
    return files.stream().anyMatch(f -> f.from() == a && f.to() == b || f.from() == b && f.to() == a);
  }

  private boolean stated(int a, String x, int b, String y) {
    return a < b ? pairs.get(a + ">" + b).contains(x + "\u0000" + y) : pairs.get(b + ">" + a).contains(y + "\u0000" + x);
  }

  private File file(int from, int to, List<String> keys, String directory) {
    int lo = Math.min(from, to);
    int hi = Math.max(from, to);
    // One choice of lines per pair of editions, so a mapping written both ways has a counterpart for every line.
    Set<String> chosen = pairs.computeIfAbsent(lo + ">" + hi, k -> {
      Set<String> s = new LinkedHashSet<>();
      for (String a : ids.get(lo)) {
        for (String b : ids.get(hi)) {
          if (Base.between(sets.get(lo).get(a), sets.get(hi).get(b)) != Base.DR || random.nextInt(10) == 0) {
            s.add(a + "\u0000" + b);
          }
        }
      }
      return s;
    });
    List<Line> lines = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    for (String a : ids.get(from)) {
      for (String b : ids.get(to)) {
        if (!chosen.contains(from < to ? a + "\u0000" + b : b + "\u0000" + a)) {
          continue;
        }
        int sa = sets.get(from).get(a);
        int sb = sets.get(to).get(b);
        Base base = Base.between(sa, sb);
        lines.add(new Line(a, b, base, "map \"" + a + "\" " + base.keyword(random) + " \"" + b + "\" {"
            + (random.nextInt(5) == 0 ? " official doc \"9298\" page \"" + (1 + random.nextInt(40)) + "\"" : " ours")
            + (a.equals(b) ? "" : random.nextBoolean() ? " renumbered" : "")
            + (random.nextInt(3) == 0 ? " confidence " + List.of("high", "medium", "low").get(random.nextInt(3)) : "")
            + " rationale \"hidden sets " + show(sa) + " and " + show(sb) + "\" }\n"));
        sources.add(a);
        targets.add(b);
      }
    }
    List<String> others = new ArrayList<>();
    for (String a : ids.get(from)) {
      if (!sources.contains(a)) {
        others.add("withdrawn \"" + a + "\" { reason \"no successor in the hidden model\" }\n");
      }
    }
    for (String b : ids.get(to)) {
      if (!targets.contains(b)) {
        others.add("new \"" + b + "\" { rationale \"no predecessor in the hidden model\" }\n");
      }
    }
    String header = "mapping \"" + keys.get(from) + "\" to \"" + keys.get(to) + "\";\n\n";
    return new File(directory + "/map-" + (from + 1) + "-to-" + (to + 1) + ".kijun", from, to, header, lines, others);
  }

  /** A sparse non-empty set (each element with probability 1/4), so disjoint clauses, withdrawn and new are common. */
  private int randomSet() {
    int set = 0;
    while (set == 0) {
      for (int i = 0; i < UNIVERSE; i++) {
        set |= random.nextInt(4) == 0 ? 1 << i : 0;
      }
    }
    return set;
  }

  /** A later edition's clause: often a copy of an earlier one, sometimes changed by one element, else fresh. */
  private int successor(Map<String, Integer> earlier) {
    List<Integer> before = new ArrayList<>(earlier.values());
    int pick = before.get(random.nextInt(before.size()));
    switch (random.nextInt(4)) {
      case 0:
      case 1:
        return pick;
      case 2: {
        int changed = pick ^ (1 << random.nextInt(UNIVERSE));
        return changed == 0 ? pick : changed;
      }
      default:
        return randomSet();
    }
  }

  private static String keyword(Base b) {
    return b == Base.EQ ? "equivalent" : b.keyword(null);
  }

  private static String show(int set) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < UNIVERSE; i++) {
      if ((set & (1 << i)) != 0) {
        sb.append(sb.length() == 1 ? "" : ",").append(i);
      }
    }
    return sb.append('}').toString();
  }
}
