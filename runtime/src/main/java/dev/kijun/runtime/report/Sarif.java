package dev.kijun.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of a SARIF 2.1.0 log that {@code validate} and {@code check} share: the log with its one run, the
 * tool, messages and regions. Both write one run of the tool {@code kijun}, so code-scanning services show them
 * as one tool. Columns count UTF-16 code units, SARIF's default.
 */
public final class Sarif {
  /** The schema URI SARIF 2.1.0 logs name (OASIS, errata 01). */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private Sarif() {}

  /**
   * A log with one run of {@code kijun} at {@code toolVersion} whose driver lists {@code rules}; the caller fills
   * the run's {@code results} (returned) and may add to the run.
   */
  public static ObjectNode log(String toolVersion, ArrayNode rules) {
    ObjectNode log = PrettyJson.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kijun");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion.replaceFirst("-SNAPSHOT$", ""));
    driver.set("rules", rules);
    run.putObject("properties").put("notice", Wording.NOTICE);
    run.put("columnKind", "utf16CodeUnits");
    return log;
  }

  /** The one run of a log made by {@link #log}. */
  public static ObjectNode run(ObjectNode log) {
    return (ObjectNode) log.get("runs").get(0);
  }

  /** {@code {"text": …}}. */
  public static ObjectNode message(String text) {
    ObjectNode m = PrettyJson.object();
    m.put("text", text);
    return m;
  }

  /**
   * A physical location in a file named as given on the command line, turned into a relative URI reference
   * (separators as {@code /}, spaces and other reserved characters escaped); no region when {@code line} is 0.
   */
  public static ObjectNode location(String file, int line, int column, int endLine, int endColumn) {
    ObjectNode loc = PrettyJson.object();
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(file));
    if (line > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", line);
      region.put("startColumn", Math.max(column, 1));
      if (endLine > 0) {
        region.put("endLine", endLine);
        region.put("endColumn", Math.max(endColumn, 1));
      }
    }
    return loc;
  }

  /**
   * A file name as a URI: a relative reference for a relative name, a {@code file:} URI for an absolute one (SARIF
   * consumers reject relative references that start with a slash). RFC 3986 unreserved characters and {@code /} are
   * kept; everything else is percent-encoded as UTF-8.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    boolean drive = path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
        && path.charAt(2) == '/';
    StringBuilder sb = new StringBuilder(path.startsWith("/") ? "file://" : drive ? "file:///" : "");
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0
          || (drive && c == ':' && sb.length() == "file:///".length() + 1)) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }
}
