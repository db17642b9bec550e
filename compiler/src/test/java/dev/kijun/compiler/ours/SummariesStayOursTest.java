package dev.kijun.compiler.ours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.testing.TestSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Summaries are written in our own words: no summary, Japanese or English, shares a run of
 * {@value OfficialTextWindows#WINDOW} characters (whitespace aside) with the official pages we read. The official text
 * stays out of the repository; only the fingerprints of its windows are kept ({@link OfficialTextWindows} explains
 * how they are made and extended).
 */
class SummariesStayOursTest {
  private static final String RESOURCE = "/official-text/windows.txt";

  @Test
  void noSummaryCopiesAnOfficialRun() throws IOException {
    Set<String> official = officialFingerprints();
    CompilationResult result = KijunCompiler.compile(TestSources.guidelines());
    assertThat(result.program()).isPresent();
    List<String> copies = new ArrayList<>();
    int summaries = 0;
    for (Edition e : result.program().get().editions()) {
      for (Requirement r : e.requirements()) {
        for (String[] text : new String[][] {{"ja", r.summary().ja()}, {"en", r.summary().en()}}) {
          if (text[1].isEmpty()) {
            continue;
          }
          summaries++;
          copied(text[1], official).ifPresent(run -> copies.add(e.key() + "/" + r.id().clause() + " summary "
              + text[0] + " (" + r.span().location() + ") shares " + OfficialTextWindows.WINDOW
              + " characters with an official page, starting at: " + run));
        }
      }
    }
    assertThat(summaries).as("summaries checked").isGreaterThan(300);
    assertThat(copies).as("summaries that copy official text: rewrite them in our own words").isEmpty();
  }

  @Test
  void aCopiedRunIsFoundAndNamed() {
    // A made-up "official" sentence: the detector must find a summary that pastes 25 characters of it, whatever the
    // spacing, and must not flag one that only shares shorter pieces.
    String official = "医療情報システムの利用者は、定められた手順に従って認証を行い、その記録を保存しなければならない。";
    Set<String> fingerprints = OfficialTextWindows.fingerprints(official);
    String pasted = "まとめ:医療情報システムの利用者は、定められた 手順に従って認証を行い、記録を残す。";
    assertThat(copied(pasted, fingerprints)).hasValueSatisfying(run -> assertThat(run).startsWith("医療情報システムの利用者"));
    String ours = "利用者は決まった手順で本人確認を受け、その記録を残す。";
    assertThat(copied(ours, fingerprints)).isEmpty();
    // 24 shared characters are not a copy, 25 are.
    String run24 = OfficialTextWindows.normalise(official).substring(0, 24);
    String run25 = OfficialTextWindows.normalise(official).substring(0, 25);
    assertThat(copied("ほか" + run24 + "ほか", fingerprints)).isEmpty();
    assertThat(copied("ほか" + run25 + "ほか", fingerprints)).isPresent();
  }

  @Test
  void englishIsCheckedTheSameWay() {
    Set<String> fingerprints = OfficialTextWindows.fingerprints("Keep the access log of every user and review it.");
    assertThat(copied("We keep  the access log of every user weekly.", fingerprints)).isPresent();
    assertThat(copied("Users' access is logged and reviewed.", fingerprints)).isEmpty();
  }

  @Test
  void theResourceHoldsFingerprintsOnly() throws IOException {
    List<String> lines = resourceLines();
    assertThat(OfficialTextWindows.read(lines)).hasSizeGreaterThan(1000)
        .allSatisfy(h -> assertThat(h).matches("[0-9a-f]{16}"));
  }

  /** The first copied window of {@code summary}, if any. */
  static java.util.Optional<String> copied(String summary, Set<String> official) {
    return OfficialTextWindows.windows(summary).stream()
        .filter(w -> official.contains(OfficialTextWindows.hash(w))).findFirst();
  }

  private static Set<String> officialFingerprints() throws IOException {
    return OfficialTextWindows.read(resourceLines());
  }

  private static List<String> resourceLines() throws IOException {
    try (InputStream in = SummariesStayOursTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
