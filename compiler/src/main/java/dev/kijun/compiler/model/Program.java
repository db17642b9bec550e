package dev.kijun.compiler.model;

import java.util.List;
import java.util.Optional;

/** Everything one compilation resolved: schemas and editions, sorted by name and key for deterministic output. */
public record Program(List<Schema> schemas, List<Edition> editions) {
  public Program {
    schemas = List.copyOf(schemas);
    editions = List.copyOf(editions);
  }

  /** The edition with key {@code document@edition}. */
  public Optional<Edition> edition(String key) {
    return editions.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
