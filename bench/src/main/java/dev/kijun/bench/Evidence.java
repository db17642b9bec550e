package dev.kijun.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The evidence files the benchmarks run on, by name. */
public final class Evidence {
  private Evidence() {}

  /**
   * The bytes of {@code clinic} or {@code hospital} (the samples in guidelines/examples, packaged as resources),
   * or of {@code hospital-N}: a generated file with N devices and 50 endpoints ({@link HospitalEvidence}).
   */
  public static byte[] bytes(String name) {
    if (name.startsWith("hospital-")) {
      return HospitalEvidence.generate(Integer.parseInt(name.substring("hospital-".length())), 50);
    }
    String resource = "/samples/" + name + ".json";
    try (InputStream in = Evidence.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no evidence named " + name + " (" + resource + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
