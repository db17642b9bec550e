package dev.kijun.runtime.json;

import static dev.kijun.runtime.json.Docs.withFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kijun.runtime.fixtures.Facts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One input policy: how evidence bytes are read (files, pipes, devices, streams) and which encodings are read. */
class EvidenceInputTest {
  @TempDir Path dir;

  private static final String VALID = withFacts(Docs.FACTS);
  /** Valid JSON with one type error: the encoding must be named, not hidden behind the type error or vice versa. */
  private static final String TYPE_ERROR = withFacts("{'staffCount':'3','endpoints':[],'devices':[]}");

  private static List<String> messages(byte[] doc) {
    EvidenceException e = catchThrowableOfType(EvidenceException.class,
        () -> EvidenceLoader.load(doc, "e.json", Facts.class));
    assertThat(e).as("must be rejected").isNotNull();
    return e.problems().stream().map(EvidenceProblem::message).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void otherEncodingsAreNamedWhetherTheFileIsValidOrNot(String encoding) {
    Charset cs = Charset.forName(encoding);
    String expected = "the evidence file is encoded as " + encoding + "; kijun reads UTF-8 only: save it as UTF-8";
    assertThat(messages(VALID.getBytes(cs))).containsExactly(expected);
    assertThat(messages(TYPE_ERROR.getBytes(cs))).containsExactly(expected);
    assertThat(messages(("\uFEFF" + VALID).getBytes(cs))).containsExactly(expected);
  }

  @Test
  void utf8WithOrWithoutByteOrderMarkIsReadTheSameWayOnBothPaths() throws Exception {
    assertThat(EvidenceLoader.load(("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8), "e.json", Facts.class)
        .facts().staffCount()).isEqualTo(3);
    assertThat(messages(("\uFEFF" + TYPE_ERROR).getBytes(StandardCharsets.UTF_8)))
        .containsExactly("facts.staffCount: expected an integer, found a string");
  }

  @Test
  void shiftJisIsRefusedWithAHint() {
    byte[] doc = ("{\"note\":\"電子カルテ\"," + withFacts(Docs.FACTS).substring(1)).getBytes(Charset.forName("Shift_JIS"));
    assertThat(messages(doc)).singleElement().asString()
        .startsWith("the evidence file is not valid UTF-8 at line 1, column ")
        .endsWith("save it as UTF-8 (Shift_JIS and other encodings are not read)");
  }

  @Test
  void sizeLimitIsEnforcedWhileReadingAStream() {
    InputStream endless = new InputStream() { // like /dev/zero: never ends, announces nothing
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
    EvidenceException e = catchThrowableOfType(EvidenceException.class,
        () -> EvidenceInput.read(endless, "-", 1 << 20, "raise it with --max-evidence-size"));
    assertThat(e.problems()).extracting(EvidenceProblem::render).containsExactly(
        "-: the evidence file is larger than the size limit of 1 MiB (1,048,576 bytes); raise it with --max-evidence-size");
  }

  @Test
  void devZeroStopsAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> EvidenceInput.read(zero, 4096, ""));
    assertThat(e.problems()).extracting(EvidenceProblem::message)
        .containsExactly("the evidence file is larger than the size limit of 4 KiB (4,096 bytes)");
  }

  @Test
  void aStreamIsReadWhole() throws Exception {
    byte[] doc = VALID.getBytes(StandardCharsets.UTF_8);
    assertThat(EvidenceInput.read(new ByteArrayInputStream(doc), "-", doc.length, "")).isEqualTo(doc);
    EvidenceException e = catchThrowableOfType(EvidenceException.class,
        () -> EvidenceInput.read(new ByteArrayInputStream(doc), "-", doc.length - 1, ""));
    assertThat(e).isNotNull();
  }

  @Test
  void aNamedPipeIsReadOnce() throws Exception {
    Path fifo = dir.resolve("evidence.fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
    byte[] doc = VALID.getBytes(StandardCharsets.UTF_8);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(doc);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(EvidenceInput.read(fifo, 1 << 20, "")).isEqualTo(doc);
    writer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aDirectoryIsNamed() {
    EvidenceException e = catchThrowableOfType(EvidenceException.class, () -> EvidenceInput.read(dir, 1 << 20, ""));
    assertThat(e.problems()).extracting(EvidenceProblem::render)
        .containsExactly(dir + ": the evidence path is a directory, not a file");
  }

  @Test
  void aRegularFileIsReadExactly() throws Exception {
    Path file = dir.resolve("e.json");
    Files.write(file, VALID.getBytes(StandardCharsets.UTF_8));
    byte[] read = EvidenceInput.read(file, 1 << 20, "");
    assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo(VALID);
  }
}
