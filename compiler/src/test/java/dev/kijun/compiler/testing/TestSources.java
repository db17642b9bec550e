package dev.kijun.compiler.testing;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Sources;
import dev.kijun.compiler.diag.DiagnosticRenderer;
import dev.kijun.compiler.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sources for front-end tests: a minimal shared evidence schema ({@code facility.kijun}) and document block for
 * edition {@code demo@1} ({@code document.kijun}), a multi-file text format, and the real guideline sources.
 */
public final class TestSources {
  /** A small evidence schema named {@code facility}, in the style of the real one. */
  public static final String SCHEMA = """
      schema "facility";

      ordered enum TlsVersion { TLS_1_2 "TLS1.2", TLS_1_3 "TLS1.3" }
      enum Exposure { OPEN_NETWORK "open-network", INTERNAL "internal" }
      enum DeviceKind { SERVER "server", CLIENT_PC "client-pc" }

      record Facts {
        devices: list<Device>
        endpoints: list<Endpoint>
        inspectedOn: date
      }

      record Device {
        id: string
        kind: DeviceKind
        lastPatch: date?
        ports: list<integer>
      }

      record Endpoint {
        id: string
        exposure: Exposure
        tls: Tls?
      }

      record Tls {
        versions: list<TlsVersion>
        minVersion: TlsVersion
      }

      const SAFE_PORTS: list<integer> = [443, 8443]

      root Facts
      """;

  /** The document block of edition {@code demo@1}, which reads schema {@code facility}. */
  public static final String DOCUMENT = """
      edition "demo@1";

      document {
        title ja "デモ" title en "Demo"
        publisher "kijun"
        published 2025-01-01
        source "https://example.org/demo"
        evidence "facility"
        status verified
      }
      """;

  /** Where the real guideline sources live, relative to the compiler module (Maven's working directory). */
  public static final Path GUIDELINES = Path.of("../guidelines/src/main/kijun");

  private TestSources() {}

  /** The shared schema and document files. */
  public static List<SourceFile> prelude() {
    return List.of(new SourceFile("facility.kijun", SCHEMA), new SourceFile("document.kijun", DOCUMENT));
  }

  /**
   * Splits a multi-file text: lines {@code --- name.kijun} start a file. A text without such a line is one file,
   * {@code test.kijun}.
   */
  public static List<SourceFile> split(String text) {
    List<SourceFile> files = new ArrayList<>();
    String name = "test.kijun";
    StringBuilder body = new StringBuilder();
    boolean any = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("--- ")) {
        if (any || body.length() > 0) {
          files.add(new SourceFile(name, body.toString()));
        }
        name = line.substring(4).strip();
        body.setLength(0);
        any = true;
      } else {
        body.append(line).append('\n');
      }
    }
    files.add(new SourceFile(name, body.length() > 0 ? body.substring(0, body.length() - 1) : ""));
    return files;
  }

  /** Compiles {@code text} (see {@link #split}) together with the prelude. */
  public static CompilationResult compileWithPrelude(String text) {
    List<SourceFile> all = new ArrayList<>(prelude());
    all.addAll(split(text));
    return KijunCompiler.compile(all);
  }

  /** The rendered diagnostics of {@link #compileWithPrelude}. */
  public static String render(String text) {
    return DiagnosticRenderer.render(compileWithPrelude(text).diagnostics());
  }

  /** Every {@code .kijun} file under {@code dir}, named relative to it. */
  public static List<SourceFile> read(Path dir) {
    try {
      return Sources.read(List.of(dir), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real guideline sources. */
  public static List<SourceFile> guidelines() {
    if (!Files.isDirectory(GUIDELINES)) {
      throw new IllegalStateException("guideline sources not found at " + GUIDELINES.toAbsolutePath());
    }
    return read(GUIDELINES);
  }
}
