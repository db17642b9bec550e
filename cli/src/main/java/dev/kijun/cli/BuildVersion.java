package dev.kijun.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build ({@code version.properties}, filled in by Maven), for {@code --version} on every command. */
final class BuildVersion implements IVersionProvider {
  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // a jar without its own resource is a broken build; say "unknown" rather than fail a --version
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"kijun " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
        + ")"};
  }
}
