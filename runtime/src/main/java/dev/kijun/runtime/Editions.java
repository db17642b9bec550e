package dev.kijun.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds compiled editions on the class path through {@link ServiceLoader}. */
public final class Editions {
  private Editions() {}

  /** Every edition registered on the class path of this class's loader, sorted by key. */
  public static List<Edition<?>> discover() {
    return discover(Editions.class.getClassLoader());
  }

  /** Every edition registered on the given loader's class path, sorted by key. */
  public static List<Edition<?>> discover(ClassLoader loader) {
    List<Edition<?>> found = new ArrayList<>();
    for (Edition<?> e : ServiceLoader.load(Edition.class, loader)) {
      found.add(e);
    }
    found.sort(Comparator.comparing(e -> e.info().key()));
    return found;
  }

  /** The edition with the given key ({@code document@edition}), if registered. */
  public static Optional<Edition<?>> find(String key) {
    return discover().stream().filter(e -> e.info().key().equals(key)).findFirst();
  }
}
