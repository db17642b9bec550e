package dev.kijun.compiler.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random <em>valid</em> kijun programs: a schema (enums, an element record with scalar, optional, list and nested
 * fields, constants), an edition whose requirements carry random well-typed checks over it (quantifiers, counts,
 * uniqueness, membership, presence, date arithmetic, waivers, nesting), and names chosen to provoke the name mangling
 * (Java keywords, {@code java.lang} type names, case-only neighbours). Every program uses its own schema and document
 * name ({@code g<n>}), so several can be compiled into one Java tree. About a third of the programs hold two or three
 * editions of the document and mapping files between them ({@link GeneratedMappings}).
 */
final class ProgramGenerator {
  private static final String[] TYPE_NAMES = {"Item", "String", "Object", "Record", "Thing", "Device", "Class"};
  private static final String[] SUB_NAMES = {"Part", "Integer", "Sub", "Override"};
  private static final String[] ENUM_NAMES = {"Kind", "Enum", "Level", "Color", "Boolean"};
  private static final String[] CONSTANTS = {"A", "B", "C", "class", "int", "Red", "red2", "public", "X_1", "default"};
  private static final String[] STRINGS = {"a", "b", "ep-a", "dev-1", "x", "名前", "C:\\\\users", "*/", ""};

  private static final String[] LATER_IDS = {"1", "2", "index", "evidence", "A.1", "b.2", "C", "3", "D.4"};

  private final Random random;
  /** Draws for editions and mappings only, so the first edition is the same as without them. */
  private final Random mapRandom;
  private final int editions;
  private final List<List<String>> ids = new ArrayList<>();
  private GeneratedMappings mappings;
  private final int n;
  private final String item;
  private final String sub;
  private final String kind;
  private final List<String> constants = new ArrayList<>();
  private final boolean ordered;
  private final List<String> waivers = new ArrayList<>();
  private boolean waiverOk;
  private int depthLeft;
  private int vars;

  ProgramGenerator(long seed, int n) {
    this.random = new Random(seed);
    this.n = n;
    this.item = TYPE_NAMES[random.nextInt(TYPE_NAMES.length)];
    this.sub = SUB_NAMES[random.nextInt(SUB_NAMES.length)];
    this.kind = ENUM_NAMES[random.nextInt(ENUM_NAMES.length)];
    int count = 2 + random.nextInt(3);
    List<String> pool = new ArrayList<>(List.of(CONSTANTS));
    java.util.Collections.shuffle(pool, random);
    constants.addAll(pool.subList(0, count));
    this.ordered = random.nextBoolean();
    this.mapRandom = new Random(seed * 0x9E3779B97F4A7C15L + 11);
    this.editions = mapRandom.nextInt(3) == 0 ? 2 + mapRandom.nextInt(2) : 1;
  }

  String schemaName() {
    return "g" + n;
  }

  String editionKey() {
    return editionKey(1);
  }

  /** The key of edition {@code k} (1-based) of this program's document. */
  String editionKey(int k) {
    return "gdoc" + n + "@" + k;
  }

  /** How many editions of the document this program holds (1 to 3). */
  int editions() {
    return editions;
  }

  /**
   * Every file of the program, path to text, in order: the schema, the editions, the mapping files; the mappings,
   * if any, are then available from {@link #mappings()}.
   */
  Map<String, String> files() {
    ids.clear();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("g" + n + "/schema.kijun", schema());
    for (int k = 1; k <= editions; k++) {
      files.put("g" + n + "/edition" + (k == 1 ? "" : k) + ".kijun", edition(k));
    }
    if (editions > 1) {
      List<String> keys = new ArrayList<>();
      for (int k = 1; k <= editions; k++) {
        keys.add(editionKey(k));
      }
      mappings = new GeneratedMappings(mapRandom, ids, keys, "g" + n);
      mappings.files().forEach(f -> files.put(f.path(), f.text()));
    }
    return files;
  }

  /** The mappings of the last {@link #files()}, or empty for a program of one edition. */
  Optional<GeneratedMappings> mappings() {
    return Optional.ofNullable(mappings);
  }

  /** The schema file. */
  String schema() {
    StringBuilder sb = new StringBuilder("schema \"" + schemaName() + "\";\n\n");
    sb.append("/** Kinds \\u002a\\u002f C:\\users. */\n");
    sb.append(ordered ? "ordered " : "").append("enum ").append(kind).append(" { ");
    for (int i = 0; i < constants.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(constants.get(i)).append(" \"").append(constants.get(i).toLowerCase()).append(i)
          .append("\"");
    }
    sb.append(" }\n");
    sb.append("record ").append(sub).append(" { level: integer  note: string? }\n");
    sb.append("record ").append(item).append(" {\n  id: string\n  kind: ").append(kind).append("\n  n: integer\n")
        .append("  on: date?\n  flag: boolean\n  tags: list<string>\n  opt: integer?\n  part: ").append(sub)
        .append("?\n  class: integer\n}\n");
    sb.append("record Facts { items: list<").append(item).append(">  inspectedOn: date  others: list<").append(item)
        .append("> }\n");
    sb.append("const LIMIT: integer = ").append(random.nextInt(5)).append("\n");
    sb.append("const NAMES: list<string> = [").append(stringList()).append("]\n");
    sb.append("root Facts\n");
    return sb.toString();
  }

  /** Edition {@code k}, with 1 to 5 requirements: the first has ids from a fixed list, later ones a random choice (some new, some gone). */
  private String edition(int k) {
    StringBuilder sb = new StringBuilder("edition \"" + editionKey(k) + "\";\n");
    sb.append("document { title ja \"生成\" en \"Generated\" publisher \"p\" published 2025-01-01 source "
        + "\"https://example.org\" evidence \"").append(schemaName()).append("\" status verified }\n");
    List<String> ids;
    if (k == 1) {
      int requirements = 1 + random.nextInt(5);
      ids = List.of("1", "2", "index", "evidence", "A.1", "b.2", "C").subList(0, requirements);
    } else {
      List<String> pool = new ArrayList<>(List.of(LATER_IDS));
      java.util.Collections.shuffle(pool, mapRandom);
      ids = pool.subList(0, 1 + mapRandom.nextInt(5));
    }
    this.ids.add(ids);
    int requirements = ids.size();
    for (int i = 0; i < requirements; i++) {
      waivers.clear();
      depthLeft = 6;
      vars = 0;
      waiverOk = true;
      String check = condition(new ArrayList<>());
      waiverOk = false;
      String applies = random.nextInt(4) == 0 ? "  applies when " + condition(new ArrayList<>()) + "\n" : "";
      sb.append("requirement \"").append(ids.get(i)).append("\" {\n  title ja \"要件\" en \"Requirement ").append(i)
          .append("\"\n  level ").append(random.nextBoolean() ? "mandatory" : "recommended")
          .append("\n  audience medical-institution\n  status verified\n  source \"https://example.org\"\n")
          .append("  summary ja \"要約 C:\\\\users\" summary en \"Summary */ \\\\u002a\"\n").append(applies)
          .append("  check automated \"generated\" {\n    ").append(check).append("\n  }\n");
      for (String w : waivers) {
        sb.append("  waiver ").append(w).append(" { summary ja \"免除\" summary en \"waived\" }\n");
      }
      sb.append("}\n");
    }
    return sb.toString();
  }

  private String stringList() {
    int k = 1 + random.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k; i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
    }
    return sb.toString();
  }

  private String constant() {
    return constants.get(random.nextInt(constants.size()));
  }

  /** A condition; {@code scope} holds the names of variables bound to elements (all of the item record). */
  private String condition(List<String> scope) {
    depthLeft--;
    int choice = depthLeft <= 0 ? 6 + random.nextInt(10) : random.nextInt(16);
    try {
      switch (choice) {
        case 0:
          return "not (" + condition(scope) + ")";
        case 1:
          return "(" + condition(scope) + ") and (" + condition(scope) + ")";
        case 2:
          return "(" + condition(scope) + ") or (" + condition(scope) + ")";
        case 3:
          return "(" + condition(scope) + ") implies (" + condition(scope) + ")";
        case 4:
        case 5: {
          String v = "v" + vars++;
          List<String> inner = new ArrayList<>(scope);
          inner.add(v);
          String list = random.nextBoolean() ? "items" : "others";
          boolean saved = waiverOk;
          waiverOk = false;
          String filter = random.nextInt(3) == 0 ? " where " + atom(inner, v) : "";
          waiverOk = saved;
          return "(" + (choice == 4 ? "forall " : "exists ") + v + " in " + list + filter + ": " + condition(inner) + ")";
        }
        default:
          if (scope.isEmpty()) {
            return rootAtom(scope);
          }
          return random.nextInt(4) == 0 ? rootAtom(scope) : atom(scope, scope.get(random.nextInt(scope.size())));
      }
    } finally {
      depthLeft++;
    }
  }

  private String rootAtom(List<String> scope) {
    switch (random.nextInt(6)) {
      case 0:
        return "inspectedOn <= asOf";
      case 1:
        return "inspectedOn >= asOf - " + random.nextInt(400) + " days";
      case 2: {
        String v = "c" + vars++;
        boolean saved = waiverOk;
        waiverOk = false;
        String filter = random.nextBoolean() ? " where " + atom(List.of(v), v) : "";
        waiverOk = saved;
        return "count(" + v + " in items" + filter + ") " + cmp() + " " + random.nextInt(3);
      }
      case 3: {
        String v = "u" + vars++;
        return "unique(" + v + " in items: " + v + (random.nextBoolean() ? ".id)" : ".kind)");
      }
      case 4:
        return "count(c" + vars++ + " in others) <= LIMIT";
      default:
        return "inspectedOn < 2030-01-01 + " + random.nextInt(12) + " months";
    }
  }

  private String cmp() {
    String[] ops = {"==", "!=", "<", "<=", ">", ">="};
    return ops[random.nextInt(ops.length)];
  }

  /** An atom about variable {@code v} (an element of the item record). */
  private String atom(List<String> scope, String v) {
    switch (random.nextInt(15)) {
      case 0:
        return v + ".n " + cmp() + " " + random.nextInt(5);
      case 1:
        return v + ".kind == " + constant();
      case 2:
        return v + ".kind in [" + constant() + ", " + constant() + "]";
      case 3:
        return ordered ? v + ".kind " + cmp() + " " + kind + "." + constant() : v + ".kind != " + constant();
      case 4:
        return v + ".id in NAMES";
      case 5:
        return v + ".id not in [" + stringList() + "]";
      case 6:
        return v + ".tags subset of [" + stringList() + "]";
      case 7:
        return v + ".opt is " + (random.nextBoolean() ? "present" : "absent");
      case 8:
        return v + ".opt " + cmp() + " LIMIT";
      case 9:
        return v + ".on " + (random.nextBoolean() ? "<= asOf" : ">= asOf - " + random.nextInt(100) + " weeks");
      case 10:
        return v + ".flag";
      case 11:
        return v + ".part.level " + cmp() + " " + random.nextInt(4);
      case 12: {
        if (!waiverOk) {
          return v + ".flag";
        }
        String w = "w" + waivers.size();
        waivers.add(w);
        return "(" + v + ".flag or waived " + w + " for " + v + ".id)";
      }
      case 13:
        return v + ".class >= " + v + ".n";
      default:
        return "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\" in " + v + ".tags";
    }
  }
}
