package dev.kijun.compiler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.Outputs;
import dev.kijun.compiler.source.SourceFile;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovering the editions on a class path loads no validator class: a run that validates against one edition of a
 * jar holding many loads that edition's validators only.
 */
class LazyValidatorsTest {
  /** A loader over the generated classes that records which of them it loaded. */
  static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(Path classes) throws Exception {
      super(new URL[] {classes.toUri().toURL()}, LazyValidatorsTest.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }
  }

  @Test
  void discoveryAndInfoLoadNoValidatorAndValidatorsDo(@TempDir Path work) throws Exception {
    String schema = "schema \"s\";\nrecord Item { id: string  n: integer }\nrecord Facts { items: list<Item> }\nroot Facts\n";
    String edition = "edition \"lazy-doc@1\";\ndocument { title ja \"遅\" en \"Lazy\" publisher \"p\" published 2024-01-01 "
        + "source \"https://example.org\" evidence \"s\" status verified }\nchapter \"1\" {\nrequirement \"1.1\" { level "
        + "mandatory status verified source \"u\" summary ja \"あ\" summary en \"a\" check automated \"n\" { forall x in "
        + "items: x.n >= 1 } }\n}\n";
    CompilationResult result = KijunCompiler.compile(List.of(new SourceFile("s.kijun", schema),
        new SourceFile("lazy.kijun", edition)));
    assertThat(result.hasErrors()).isFalse();
    Path classes = InMemoryJavac.compile(Outputs.java(result.program().orElseThrow()), work).classes();
    try (Recording loader = new Recording(classes)) {
      Edition<?> lazy = Editions.discover(loader).get(0);
      assertThat(lazy.info().key()).isEqualTo("lazy-doc@1");
      assertThat(loader.loaded).anyMatch(n -> n.endsWith("LazyDocEdition")).noneMatch(n -> n.contains("Clause_"));
      assertThat(lazy.validators()).hasSize(1);
      assertThat(loader.loaded).anyMatch(n -> n.endsWith("Clause_1_1"));
    }
  }
}
