package dev.kijun.collect.ledger;

/**
 * Keeps Apache POI's logging off the user's terminal. POI logs through the Log4j API; with no Log4j implementation on
 * the class path the API prints an error about the missing provider on first use, which would look like a failure
 * of kijun. Here the API's built-in simple logger is chosen and silenced, unless the embedding program has already
 * configured logging itself (the properties are only set when absent). Problems POI meets surface as exceptions,
 * which kijun turns into messages, so nothing is lost.
 */
public final class PoiLogging {
  private PoiLogging() {}

  /** Call before the first use of POI. */
  public static void quiet() {
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
