package dev.kijun.compiler.model;

import java.util.List;
import java.util.Optional;

/** Everything one compilation resolved: schemas and editions, sorted by name and key for deterministic output. */
public record Program(List<Schema> schemas, List<Edition> editions, List<Mapping> mappings) {
  public Program {
    schemas = List.copyOf(schemas);
    editions = List.copyOf(editions);
    mappings = List.copyOf(mappings);
  }

  /** A program without mappings. */
  public Program(List<Schema> schemas, List<Edition> editions) {
    this(schemas, editions, List.of());
  }

  /** The mapping from {@code source} to {@code target} edition keys, if compiled. */
  public Optional<Mapping> mapping(String source, String target) {
    return mappings.stream().filter(m -> m.source().equals(source) && m.target().equals(target)).findFirst();
  }

  /** The edition with key {@code document@edition}. */
  public Optional<Edition> edition(String key) {
    return editions.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
