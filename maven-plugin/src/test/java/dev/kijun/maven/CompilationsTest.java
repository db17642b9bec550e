package dev.kijun.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The compilations one build shares between goals: same inputs, same compilation; bounded; never a failed one. */
class CompilationsTest {
  @AfterEach
  void forget() {
    Compilations.clear();
  }

  @Test
  void theSameInputsFindTheCompilationAndOtherInputsDoNot() {
    List<SourceFile> own = List.of(KijunBuildTest.LIB_SCHEMA, KijunBuildTest.OWN);
    String key = Compilations.key(own, List.of(), "com.example");
    KijunBuild build = KijunBuild.compile(own, List.of(), "com.example");
    Compilations.put(key, build);
    assertThat(Compilations.get(Compilations.key(List.copyOf(own), List.of(), "com.example"))).containsSame(build);
    assertThat(Compilations.get(Compilations.key(own, List.of(), "org.other"))).isEmpty();
    assertThat(Compilations.get(Compilations.key(own, List.of(KijunBuildTest.LIB), "com.example"))).isEmpty();
  }

  @Test
  void theLeastRecentlyUsedGoesAndAFailedCompilationIsNotKept() {
    KijunBuild good = KijunBuild.compile(List.of(KijunBuildTest.OWN), List.of(KijunBuildTest.LIB), "com.example");
    for (int i = 0; i <= Compilations.SIZE; i++) {
      Compilations.put("k" + i, good);
    }
    assertThat(Compilations.get("k0")).isEmpty();
    assertThat(Compilations.get("k" + Compilations.SIZE)).containsSame(good);

    SourceFile broken = new SourceFile("src/main/kijun/bad.kijun", "edition \"bad@1\";\nnonsense\n");
    Compilations.put("bad", KijunBuild.compile(List.of(broken), List.of(), "com.example"));
    assertThat(Compilations.get("bad")).isEmpty();
  }
}
