package dev.kijun.collect.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Known factory-default passwords, from the bundled list {@code factory-defaults.txt} (its header states where the
 * entries come from and how well each is established). Matching is exact; the list is not exhaustive, so "not
 * found" never means "not a default".
 */
public final class FactoryDefaults {
  private final List<char[]> passwords;

  private FactoryDefaults(List<char[]> passwords) {
    this.passwords = passwords;
  }

  /** The bundled list. */
  public static FactoryDefaults bundled() {
    try (InputStream in = FactoryDefaults.class.getResourceAsStream("factory-defaults.txt")) {
      if (in == null) {
        throw new IllegalStateException("factory-defaults.txt is missing from the kijun-collect jar");
      }
      List<char[]> list = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        list.add(cols[cols.length - 1].toCharArray());
      }
      return new FactoryDefaults(List.copyOf(list));
    } catch (IOException e) {
      throw new IllegalStateException("factory-defaults.txt cannot be read", e);
    }
  }

  /** How many passwords the list holds. */
  public int size() {
    return passwords.size();
  }

  boolean contains(char[] password) {
    for (char[] p : passwords) {
      if (Arrays.equals(p, password)) {
        return true;
      }
    }
    return false;
  }
}
