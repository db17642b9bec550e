package dev.kijun.runtime.json;

/** Builds evidence documents for tests: a valid envelope around facts, with single quotes standing for double. */
final class Docs {
  static final String DEVICE = "{'id':'srv','kind':'server','ports':[443]}";
  static final String FACTS = "{'staffCount':3,'endpoints':[],'devices':[" + DEVICE + "]}";

  private Docs() {}

  /** A valid envelope around {@code facts} plus {@code extra} top-level members (start them with a comma). */
  static String withFacts(String facts, String extra) {
    return json("{'facility':{'name':'Sakura Clinic','kind':'medical-institution'},'assessedOn':'2026-11-01',"
        + "'facts':" + facts + extra + "}");
  }

  static String withFacts(String facts) {
    return withFacts(facts, "");
  }

  /** A valid document with {@code extra} top-level members (start them with a comma). */
  static String withExtra(String extra) {
    return withFacts(FACTS, extra);
  }

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
