package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.KijunFile;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Schema;
import dev.kijun.runtime.ClauseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stage 2: AST to model. Groups files by header, resolves every schema, then every edition against the schemas,
 * then every mapping against the editions, in sorted order so the model (and everything generated from it) is deterministic.
 */
public final class Resolver {
  private Resolver() {}

  /** Resolves parsed files. Errors go to {@code diagnostics}; the program holds what resolved. */
  public static Program resolve(List<KijunFile> files, Diagnostics diagnostics) {
    Map<String, List<KijunFile>> schemaFiles = new TreeMap<>();
    Map<String, List<KijunFile>> editionFiles = new TreeMap<>();
    Map<String, List<KijunFile>> mappingFiles = new TreeMap<>();
    for (KijunFile f : files) {
      if (f.header() instanceof KijunFile.SchemaHeader s) {
        String name = s.name().value();
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
          diagnostics.error(Code.BAD_HEADER, s.name().span(), "schema name `" + name + "` must be lowercase words joined by `-`", null);
          continue;
        }
        schemaFiles.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
      } else if (f.header() instanceof KijunFile.EditionHeader e) {
        Optional<ClauseRef> key = ClauseRef.tryParse(e.name().value() + "/x");
        if (key.isEmpty() || e.name().value().contains("/")) {
          diagnostics.error(Code.BAD_HEADER, e.name().span(), "`" + e.name().value() + "` is not an edition name",
              "write `edition \"document@edition\";`, e.g. `edition \"mhlw-guideline@5.2\";`");
          continue;
        }
        editionFiles.computeIfAbsent(e.name().value(), k -> new ArrayList<>()).add(f);
      } else if (f.header() instanceof KijunFile.MappingHeader m) {
        mappingFiles.computeIfAbsent(m.source().value() + "\u0000" + m.target().value(), k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, Schema> schemas = new TreeMap<>();
    for (Map.Entry<String, List<KijunFile>> s : schemaFiles.entrySet()) {
      new SchemaResolver(diagnostics).resolve(s.getKey(), s.getValue()).ifPresent(r -> schemas.put(s.getKey(), r));
    }
    List<Edition> editions = new ArrayList<>();
    for (Map.Entry<String, List<KijunFile>> e : editionFiles.entrySet()) {
      String[] parts = e.getKey().split("@", 2);
      new EditionResolver(diagnostics, schemas).resolve(parts[0], parts[1], e.getValue(), schemaFiles.keySet())
          .ifPresent(editions::add);
    }
    Map<String, Edition> byKey = new TreeMap<>();
    editions.forEach(e -> byKey.put(e.key(), e));
    List<Mapping> mappings = new ArrayList<>();
    for (Map.Entry<String, List<KijunFile>> m : mappingFiles.entrySet()) {
      String[] ends = m.getKey().split("\u0000", 2);
      new MappingResolver(diagnostics, byKey).resolve(ends[0], ends[1], m.getValue()).ifPresent(mappings::add);
    }
    return new Program(List.copyOf(schemas.values()), editions, mappings);
  }
}
